import { describe, expect, it } from "vitest";
import { inMemoryDataset, runRule } from "../in-memory-dataset.ts";
import { tombstoneSuccessorLive } from "./tombstone-successor-live.ts";
import { sampleOrganization } from "./sample-records.test-support.ts";

describe("tombstone-successor-live", () => {
  it("accepts a tombstone whose successor is live", () => {
    const dataset = inMemoryDataset({
      organizations: [sampleOrganization("old", { status: "withdrawn", successor: "new" }), sampleOrganization("new")],
    });
    expect(runRule(tombstoneSuccessorLive, dataset)).toEqual([]);
  });

  it("reports a successor that is itself withdrawn, naming the next one", () => {
    const dataset = inMemoryDataset({
      organizations: [
        sampleOrganization("oldest", { status: "withdrawn", successor: "old" }),
        sampleOrganization("old", { status: "withdrawn", successor: "new" }),
        sampleOrganization("new"),
      ],
    });
    expect(runRule(tombstoneSuccessorLive, dataset)).toEqual([
      {
        file: "data/organizations/oldest.json",
        pointer: "/successor",
        severity: "error",
        message: 'successor organization "old" is itself withdrawn; point at "new" instead',
      },
    ]);
  });

  it("leaves a record that succeeds itself to no-cycles, instead of telling it to point at itself", () => {
    const dataset = inMemoryDataset({
      organizations: [sampleOrganization("sast", { status: "withdrawn", successor: "sast" })],
    });
    expect(runRule(tombstoneSuccessorLive, dataset)).toEqual([]);
  });

  it("never suggests a record point at itself when two tombstones point at each other", () => {
    const dataset = inMemoryDataset({
      organizations: [
        sampleOrganization("a", { status: "withdrawn", successor: "b" }),
        sampleOrganization("b", { status: "withdrawn", successor: "a" }),
      ],
    });
    expect(runRule(tombstoneSuccessorLive, dataset).map((finding) => [finding.file, finding.message])).toEqual([
      ["data/organizations/a.json", 'successor organization "b" is itself withdrawn'],
      ["data/organizations/b.json", 'successor organization "a" is itself withdrawn'],
    ]);
  });

  it("leaves a missing successor to references-resolve", () => {
    const dataset = inMemoryDataset({
      organizations: [sampleOrganization("old", { status: "withdrawn", successor: "gone" })],
    });
    expect(runRule(tombstoneSuccessorLive, dataset)).toEqual([]);
  });
});
