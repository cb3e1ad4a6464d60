import { describe, expect, it } from "vitest";
import { describeChange, describeField, describeFields } from "./describe-change.ts";
import type { ChangeEntry } from "./registry-history.ts";

const knownNames: Record<string, string> = { "sources/article": "New sci-tech cluster", "organizations/sast": "SAST" };
const names = (collection: string, id: string) => knownNames[`${collection}/${id}`];

describe("describeFields", () => {
  it("tells the fields a citation gained in one phrase, naming the source", () => {
    const record = { sources: [{ source: "article", fields: ["/names/display/en", "/kind", "/status", "/location"] }] };
    const fields = ["/kind", "/status", "/location"].map((pointer) => ({
      pointer: "/sources/0/fields",
      change: "added" as const,
      listItem: true as const,
      after: pointer,
    }));
    expect(describeFields(fields, record, names)).toEqual([
      "cited “New sci-tech cluster” for kind, status and location",
    ]);
    expect(describeFields(fields.slice(0, 1), record)).toEqual(["cited article for kind"]);
  });

  it("tells a citation added or removed whole, with the fields it names", () => {
    expect(
      describeFields(
        [{ pointer: "/sources", change: "added", listItem: true, after: { source: "article", fields: ["/founded"] } }],
        {},
        names,
      ),
    ).toEqual(["cited “New sci-tech cluster” for founded"]);
    const twoParts = { source: "article", fields: ["/location/city", "/location/country"] };
    expect(
      describeFields([{ pointer: "/sources", change: "added", listItem: true, after: twoParts }], {}, names),
    ).toEqual(["cited “New sci-tech cluster” for location"]);
    expect(
      describeFields([{ pointer: "/sources", change: "removed", listItem: true, before: { source: "x" } }], {}),
    ).toEqual(["no longer cites x"]);
  });

  it("tells inferences as such: the fields inferred from a source, and a new reason", () => {
    const record = {
      sources: [
        { source: "article", fields: ["/names"] },
        { source: "article", fields: ["/kind", "/status"], how: "inferred", reason: { en: "from the name" } },
      ],
    };
    expect(
      describeFields(
        [
          { pointer: "/sources", change: "added", listItem: true, after: record.sources[1] },
          { pointer: "/sources/0/fields", change: "removed", listItem: true, before: "/kind" },
        ],
        record,
        names,
      ),
    ).toEqual([
      "inferred kind and status from “New sci-tech cluster”",
      "no longer cites “New sci-tech cluster” for kind",
    ]);
    expect(
      describeFields(
        [{ pointer: "/sources/1/reason/en", change: "changed", before: "from the name", after: "from its name" }],
        record,
        names,
      ),
    ).toEqual(["reason (English) for inferring from “New sci-tech cluster”: “from the name” → “from its name”"]);
  });

  it("tells a citation of the whole record narrowed to some fields, and widened again", () => {
    const record = { sources: [{ source: "article", fields: ["/kind", "/status"] }] };
    expect(
      describeFields([{ pointer: "/sources/0/fields", change: "added", after: ["/kind", "/status"] }], record, names),
    ).toEqual(["cites “New sci-tech cluster” only for kind and status"]);
    expect(
      describeFields(
        [{ pointer: "/sources/0/fields", change: "removed", before: ["/kind"] }],
        { sources: [{ source: "article" }] },
        names,
      ),
    ).toEqual(["cites “New sci-tech cluster” for the whole record"]);
  });

  it("tells participants added and removed with their roles", () => {
    expect(
      describeFields(
        [{ pointer: "/participants", change: "added", listItem: true, after: { organization: "sast", role: "host" } }],
        {},
        names,
      ),
    ).toEqual(["added “SAST” (sast) as host"]);
  });
});

describe("describeField", () => {
  it("gives before and after of a short value, labelled as the pages label the field", () => {
    expect(describeField({ pointer: "/names/display/en", change: "changed", before: "A", after: "B" })).toBe(
      "name (English): “A” → “B”",
    );
  });

  it("gives the length of a long value instead of the value", () => {
    const long = "x".repeat(200);
    expect(describeField({ pointer: "/description/en", change: "changed", before: long, after: `${long}y` })).toBe(
      "description (English) changed (200 characters → 201 characters)",
    );
  });

  it("tells an item added to a list apart from a field added", () => {
    expect(describeField({ pointer: "/names/aliases/en", change: "added", listItem: true, after: "Hub" })).toBe(
      "also known as (English): added “Hub”",
    );
    expect(describeField({ pointer: "/founded", change: "added", after: "1958" })).toBe("founded: “1958” added");
  });
});

describe("describeChange", () => {
  const change = (overrides: Partial<ChangeEntry>): ChangeEntry => ({
    commit: "c",
    date: "2024-01-01T00:00:00Z",
    collection: "organizations",
    id: "sast",
    change: "changed",
    fields: [],
    record: { names: { display: { en: "Shanghai Association" } } },
    ...overrides,
  });

  it("says what happened to which record, with the fields that changed", () => {
    expect(
      describeChange(
        change({ fields: [{ pointer: "/kind", change: "changed", before: "association", after: "society" }] }),
      ),
    ).toBe("Organization “Shanghai Association” (sast) changed: kind: “association” → “society”.");
    expect(describeChange(change({ change: "added" }))).toBe("Organization “Shanghai Association” (sast) was added.");
    expect(describeChange(change({ change: "renamed", formerId: "sast-old" }))).toBe(
      "Organization “Shanghai Association” was renamed from sast-old to sast.",
    );
  });
});
