import { describe, expect, it } from "vitest";
import { inMemoryDataset, runRule } from "../in-memory-dataset.ts";
import { idMatchesFileName } from "./id-matches-file-name.ts";
import { sampleOrganization, sampleSource } from "./sample-records.test-support.ts";

describe("id-matches-file-name", () => {
  it("accepts a record whose id is its file name", () => {
    const dataset = inMemoryDataset({
      organizations: [sampleOrganization("sast")],
      sources: [sampleSource("article")],
    });
    expect(runRule(idMatchesFileName, dataset)).toEqual([]);
  });

  it("reports an id that differs from the file name", () => {
    const dataset = inMemoryDataset({ organizations: [sampleOrganization("sast")] });
    dataset.records.organizations.get("sast")!.value.id = "sast-renamed";
    expect(runRule(idMatchesFileName, dataset)).toEqual([
      {
        file: "data/organizations/sast.json",
        pointer: "/id",
        severity: "error",
        message:
          'id "sast-renamed" differs from the file name "sast.json": rename the file or change the id so that they match',
      },
    ]);
  });
});
