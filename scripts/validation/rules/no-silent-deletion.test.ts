import { describe, expect, it } from "vitest";
import type { Baseline } from "../../history/baseline.ts";
import { inMemoryDataset, runRule } from "../in-memory-dataset.ts";
import { noSilentDeletion } from "./no-silent-deletion.ts";
import { sampleOrganization } from "./sample-records.test-support.ts";

const base = (parts: Partial<Baseline>): Baseline => ({
  revision: "base",
  deleted: [],
  renamed: [],
  formerIds: [],
  ...parts,
});

describe("no-silent-deletion", () => {
  it("checks nothing without a base revision", () => {
    expect(runRule(noSilentDeletion, inMemoryDataset({}))).toEqual([]);
  });

  it("refuses a deleted record file whose id no longer answers", () => {
    const baseline = base({
      deleted: [{ collection: "organizations", id: "gone", file: "data/organizations/gone.json" }],
    });
    expect(runRule(noSilentDeletion, inMemoryDataset({}), baseline)).toEqual([
      {
        file: "data/organizations/gone.json",
        pointer: "",
        severity: "error",
        message:
          'this organization file was deleted: keep it and set "status": "withdrawn" (with a "successor" if another record replaces it), so that its address keeps answering',
      },
    ]);
  });

  it("accepts a deleted file whose id another record keeps as a former id", () => {
    const dataset = inMemoryDataset({ organizations: [sampleOrganization("merged", { formerIds: ["gone"] })] });
    const baseline = base({
      deleted: [{ collection: "organizations", id: "gone", file: "data/organizations/gone.json" }],
    });
    expect(runRule(noSilentDeletion, dataset, baseline)).toEqual([]);
  });

  it("asks a renamed record to keep its old id", () => {
    const dataset = inMemoryDataset({ organizations: [sampleOrganization("new-name")] });
    const baseline = base({
      renamed: [
        { collection: "organizations", from: "old-name", to: "new-name", file: "data/organizations/new-name.json" },
      ],
    });
    expect(runRule(noSilentDeletion, dataset, baseline).map((finding) => [finding.pointer, finding.message])).toEqual([
      ["/id", 'renamed from "old-name": add "old-name" to "formerIds", so that its old address redirects here'],
    ]);
  });

  it("refuses a dropped former id", () => {
    const dataset = inMemoryDataset({ organizations: [sampleOrganization("current")] });
    const baseline = base({
      formerIds: [
        { collection: "organizations", id: "current", formerId: "older", file: "data/organizations/current.json" },
      ],
    });
    expect(runRule(noSilentDeletion, dataset, baseline).map((finding) => finding.message)).toEqual([
      'the former id "older" was dropped: keep it in "formerIds", so that its old address keeps answering',
    ]);
  });
});
