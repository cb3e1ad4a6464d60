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
