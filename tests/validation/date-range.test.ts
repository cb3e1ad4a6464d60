/**
 * The range of years the schemas accept, 1000 to 9999 (schemas/defs.md), in every kind of date
 * field: enforced by the project's validators, and by a plain reader of the schemas that checks
 * no formats at all, since the patterns hold the range. Leap days count the same in every field.
 */
import { describe, expect, it } from "vitest";
import type { Event, Organization, Source } from "../../scripts/records/types.generated.ts";
import { compileRecordValidators, type RecordValidators } from "../../scripts/validation/compile-schemas.ts";
import {
  sampleEvent,
  sampleOrganization,
  sampleSource,
} from "../../scripts/validation/rules/sample-records.test-support.ts";
import { schemaReaders } from "./schema-readers.ts";

/** Every kind of date field: a date or a date-time, a date alone, a partial date. */
function fields(validators: RecordValidators) {
  const event = (overrides: Partial<Event>) => validators.events(sampleEvent("e", overrides));
  const source = (overrides: Partial<Source>) => validators.sources(sampleSource("s", overrides));
  const organization = (overrides: Partial<Organization>) =>
    validators.organizations(sampleOrganization("o", overrides));
  return {
    "event start": (value: string) => event({ start: value, timeZone: "UTC" }),
    "event end": (value: string) => event({ start: "1000-01-01", end: value, timeZone: "UTC" }),
    "source published": (value: string) => source({ published: value }),
    "source accessed": (value: string) => source({ accessed: value }),
    "organization founded": (value: string) => organization({ founded: value }),
  };
}

const inRange = ["1000-01-01", "1000-12-31", "1999-12-31", "2000-01-01", "9999-01-01", "9999-12-31"];
const outOfRange = [
  "0999-12-31",
  "0100-01-01",
  "0099-12-31",
  "0050-06-15",
  "0000-02-29",
  "999-12-31",
  "10000-01-01",
  "+010000-01-01",
  "-0001-01-01",
];

describe.each(Object.entries(schemaReaders()))("the years 1000 to 9999, for %s", (_, validators) => {
  it.each(Object.entries(fields(validators)))(
    "%s accepts the first and last days and refuses the years around them",
    (_, accepts) => {
      for (const date of inRange) expect(accepts(date), date).toBe(true);
      for (const date of outOfRange) expect(accepts(date), date).toBe(false);
    },
  );

  it.each(["event start", "event end", "source published"] as const)(
    "%s takes times at both ends of the range",
    (name) => {
      const accepts = fields(validators)[name];
      // The moment is in 999 or 10000 in UTC; the date written is in range.
      expect(accepts("1000-01-01T00:00:00+14:00")).toBe(true);
      expect(accepts("9999-12-31T23:59:59-12:00")).toBe(true);
      expect(accepts("0999-12-31T23:59:59Z")).toBe(false);
      expect(accepts("10000-01-01T00:00:00Z")).toBe(false);
    },
  );

  it("takes partial dates in range only", () => {
    const { "organization founded": accepts } = fields(validators);
    for (const value of ["1000", "9999", "1000-01", "9999-12"]) expect(accepts(value), value).toBe(true);
    for (const value of ["0999", "0100", "0099", "0000", "999", "10000", "0999-12"])
      expect(accepts(value), value).toBe(false);
  });
});

describe("leap days", () => {
  const project = fields(compileRecordValidators());
  // The proleptic Gregorian calendar: every fourth year, but not 1000, 1900 or 2100; 1600 and 2000 are.
  it.each(["1004-02-29", "1600-02-29", "2000-02-29", "2024-02-29", "9996-02-29"])(
    "%s is a day in every field",
    (day) => {
      for (const [name, accepts] of Object.entries(project)) expect(accepts(day), name).toBe(true);
    },
  );

  it.each(["1000-02-29", "1900-02-29", "2100-02-29", "2023-02-29", "9999-02-29"])(
    "%s is no day in any field",
    (day) => {
      for (const [name, accepts] of Object.entries(project)) expect(accepts(day), name).toBe(false);
    },
  );
});
