import { describe, expect, it } from "vitest";
import { inMemoryDataset, runRule } from "../in-memory-dataset.ts";
import { uniqueIds } from "./unique-ids.ts";
import { sampleOrganization } from "./sample-records.test-support.ts";

describe("unique-ids", () => {
  it("accepts distinct ids", () => {
    const dataset = inMemoryDataset({ organizations: [sampleOrganization("a"), sampleOrganization("b")] });
    expect(runRule(uniqueIds, dataset)).toEqual([]);
  });

  it("reports the second record claiming an id", () => {
    const dataset = inMemoryDataset({ organizations: [sampleOrganization("a"), sampleOrganization("b")] });
    dataset.records.organizations.get("b")!.value.id = "a";
    expect(runRule(uniqueIds, dataset)).toEqual([
      {
        file: "data/organizations/b.json",
        pointer: "/id",
        severity: "error",
        message: 'id "a" is already used by data/organizations/a.json',
      },
    ]);
  });

  it("allows the same id in two collections", () => {
    const dataset = inMemoryDataset({
      organizations: [sampleOrganization("x")],
      sources: [{ id: "x", kind: "report", title: { en: "X" }, url: "https://example.org/" }],
    });
    expect(runRule(uniqueIds, dataset)).toEqual([]);
  });
});

describe("unique-ids and former ids", () => {
  it("refuses a former id that is a live record's id", () => {
    const dataset = inMemoryDataset({
      organizations: [sampleOrganization("a", { formerIds: ["b"] }), sampleOrganization("b")],
    });
    expect(runRule(uniqueIds, dataset).map((finding) => [finding.file, finding.pointer, finding.message])).toEqual([
      [
        "data/organizations/a.json",
        "/formerIds/0",
        'former id "b" is the id of data/organizations/b.json: an id that is in use cannot also redirect',
      ],
    ]);
  });

  it("refuses a former id claimed twice, on both records, each naming the other", () => {
    const dataset = inMemoryDataset({
      organizations: [sampleOrganization("a", { formerIds: ["old"] }), sampleOrganization("b", { formerIds: ["old"] })],
    });
    expect(runRule(uniqueIds, dataset).map((finding) => [finding.file, finding.pointer, finding.message])).toEqual([
      ["data/organizations/a.json", "/formerIds/0", 'former id "old" is also claimed by data/organizations/b.json'],
      ["data/organizations/b.json", "/formerIds/0", 'former id "old" is also claimed by data/organizations/a.json'],
    ]);
  });

  it("names every other claimant of a former id", () => {
    const dataset = inMemoryDataset({
      organizations: [
        sampleOrganization("a", { formerIds: ["older", "old"] }),
        sampleOrganization("b", { formerIds: ["old"] }),
        sampleOrganization("c", { formerIds: ["old"] }),
      ],
    });
    expect(runRule(uniqueIds, dataset).map((finding) => [finding.file, finding.pointer, finding.message])).toEqual([
      [
        "data/organizations/a.json",
        "/formerIds/1",
        'former id "old" is also claimed by data/organizations/b.json and data/organizations/c.json',
      ],
      [
        "data/organizations/b.json",
        "/formerIds/0",
        'former id "old" is also claimed by data/organizations/a.json and data/organizations/c.json',
      ],
      [
        "data/organizations/c.json",
        "/formerIds/0",
        'former id "old" is also claimed by data/organizations/a.json and data/organizations/b.json',
      ],
    ]);
  });
});
