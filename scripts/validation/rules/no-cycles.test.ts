import { describe, expect, it } from "vitest";
import { inMemoryDataset, runRule } from "../in-memory-dataset.ts";
import { noCycles } from "./no-cycles.ts";
import { sampleOrganization } from "./sample-records.test-support.ts";

describe("no-cycles", () => {
  it("accepts a parent chain that ends", () => {
    const dataset = inMemoryDataset({
      organizations: [
        sampleOrganization("a", { parent: "b" }),
        sampleOrganization("b", { parent: "c" }),
        sampleOrganization("c"),
      ],
    });
    expect(runRule(noCycles, dataset)).toEqual([]);
  });

  it("reports a parent loop once, from its first id", () => {
    const dataset = inMemoryDataset({
      organizations: [
        sampleOrganization("c", { parent: "a" }),
        sampleOrganization("a", { parent: "b" }),
        sampleOrganization("b", { parent: "c" }),
        sampleOrganization("d", { parent: "a" }),
      ],
    });
    expect(runRule(noCycles, dataset)).toEqual([
      {
        file: "data/organizations/a.json",
        pointer: "/parent",
        severity: "error",
        message: "parent chain goes round in a loop: a → b → c → a",
      },
    ]);
  });

  it("reports an organization that is its own parent", () => {
    const dataset = inMemoryDataset({ organizations: [sampleOrganization("a", { parent: "a" })] });
    expect(runRule(noCycles, dataset).map((finding) => finding.message)).toEqual([
      "parent chain goes round in a loop: a → a",
    ]);
  });

  it("reports a successor loop", () => {
    const dataset = inMemoryDataset({
      organizations: [
        sampleOrganization("a", { status: "withdrawn", successor: "b" }),
        sampleOrganization("b", { status: "withdrawn", successor: "a" }),
      ],
    });
    expect(runRule(noCycles, dataset).map((finding) => [finding.pointer, finding.message])).toEqual([
      ["/successor", "successor chain goes round in a loop: a → b → a"],
    ]);
  });
});
