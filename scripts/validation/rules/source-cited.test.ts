import { describe, expect, it } from "vitest";
import { inMemoryDataset, runRule } from "../in-memory-dataset.ts";
import { sourceCited } from "./source-cited.ts";
import { sampleEvent, sampleOrganization, sampleSource } from "./sample-records.test-support.ts";

describe("source-cited", () => {
  it("accepts sources cited by organizations or events", () => {
    const dataset = inMemoryDataset({
      organizations: [sampleOrganization("o", { sources: [{ source: "a" }] })],
      events: [sampleEvent("e", { sources: [{ source: "b" }] })],
      sources: [sampleSource("a"), sampleSource("b")],
    });
    expect(runRule(sourceCited, dataset)).toEqual([]);
  });

  it("warns about an uncited source", () => {
    const dataset = inMemoryDataset({
      organizations: [sampleOrganization("o", { sources: [{ source: "a" }] })],
      sources: [sampleSource("a"), sampleSource("lonely")],
    });
    expect(runRule(sourceCited, dataset)).toEqual([
      {
        file: "data/sources/lonely.json",
        pointer: "/id",
        severity: "warning",
        message: 'source "lonely" is not cited by any organization or event',
      },
    ]);
  });

  it("stays silent when some records could not be read", () => {
    const dataset = { ...inMemoryDataset({ sources: [sampleSource("lonely")] }), complete: false };
    expect(runRule(sourceCited, dataset)).toEqual([]);
  });
});
