import { describe, expect, it } from "vitest";
import type { Event } from "../../records/types.generated.ts";
import { inMemoryDataset, runRule } from "../in-memory-dataset.ts";
import { offsetMatchesTimeZone } from "./offset-matches-time-zone.ts";
import { sampleEvent } from "./sample-records.test-support.ts";

function findingsFor(overrides: Partial<Event>) {
  return runRule(offsetMatchesTimeZone, inMemoryDataset({ events: [sampleEvent("e", overrides)] }));
}

describe("offset-matches-time-zone", () => {
  it.each([
    { start: "2023-11-06T09:00:00+08:00", timeZone: "Asia/Shanghai" },
    { start: "2023-11-06T09:00:00Z", timeZone: "UTC" },
    { start: "2023-11-06", end: "2023-11-07", timeZone: "Asia/Shanghai" },
    // Either side of New York's change to daylight time, 2024-03-10 at 02:00.
    { start: "2024-03-10T01:30:00-05:00", end: "2024-03-10T03:30:00-04:00", timeZone: "America/New_York" },
    // Kolkata's half-hour offset; Kathmandu's quarter-hour one.
    { start: "2024-01-01T10:00:00+05:30", timeZone: "Asia/Kolkata" },
    { start: "2024-01-01T10:00:00+05:45", timeZone: "Asia/Kathmandu" },
    // Mexico City kept daylight time until 2022.
    { start: "2021-07-01T10:00:00-05:00", timeZone: "America/Mexico_City" },
    { start: "2023-07-01T10:00:00-06:00", timeZone: "America/Mexico_City" },
    // Local mean time, to the minute: New York was 4 hours 56 minutes 2 seconds behind UTC until 1883.
    { start: "1000-06-15T10:00:00-04:56", timeZone: "America/New_York" },
    { start: "1000-01-01T00:00:00+11:39", timeZone: "Pacific/Auckland" },
    // Daylight saving time far ahead, by today's rules.
    { start: "9999-07-01T10:00:00-04:00", end: "9999-12-31T23:59:59-05:00", timeZone: "America/New_York" },
  ])("accepts %o", (event) => {
    expect(findingsFor(event)).toEqual([]);
  });

  it("reports a UTC time for a zone with another offset, and names the same moment in the zone", () => {
    expect(findingsFor({ start: "2023-11-06T09:00:00Z" })).toEqual([
      {
        file: "data/events/e.json",
        pointer: "/start",
        severity: "error",
        message:
          "the offset of 2023-11-06T09:00:00Z is not the one in force in Asia/Shanghai at that moment (+08:00): the same moment is 2023-11-06T17:00:00+08:00 there; if the time was meant as local time, correct the offset instead",
      },
    ]);
  });

  it("checks end and previous start too, with the zone's offset at each moment", () => {
    const findings = findingsFor({
      status: "rescheduled",
      start: "2024-07-01T10:00:00-05:00",
      end: "2024-07-01T12:00:00-04:00",
      previousStart: "2024-01-15T10:00:00.5-04:00",
      timeZone: "America/New_York",
    });
    expect(findings.map((finding) => finding.pointer)).toEqual(["/start", "/previousStart"]);
    expect(findings[0]!.message).toContain("(-04:00): the same moment is 2024-07-01T11:00:00-04:00 there");
    expect(findings[1]!.message).toContain("(-05:00): the same moment is 2024-01-15T09:00:00.5-05:00 there");
  });

  it("names the moment in local mean time at the start of the range", () => {
    expect(findingsFor({ start: "1000-01-01T00:00:00-05:00", timeZone: "America/New_York" })[0]!.message).toContain(
      "(-04:56): the same moment is 1000-01-01T00:03:58-04:56 there",
    );
  });

  it("reports the offset that was in force then, not today's", () => {
    // Mexico City dropped daylight time in 2022: -05:00 was right in July 2021 and is wrong in July 2023.
    expect(findingsFor({ start: "2023-07-01T10:00:00-05:00", timeZone: "America/Mexico_City" })).toHaveLength(1);
    expect(findingsFor({ start: "2021-07-01T10:00:00-06:00", timeZone: "America/Mexico_City" })).toHaveLength(1);
  });
});
