import { describe, expect, it } from "vitest";
import { inMemoryDataset, runRule } from "../in-memory-dataset.ts";
import { referencesResolve } from "./references-resolve.ts";
import { sampleEvent, sampleOrganization, sampleSource } from "./sample-records.test-support.ts";

describe("references-resolve", () => {
  const base = {
    organizations: [sampleOrganization("sast"), sampleOrganization("cast")],
    sources: [sampleSource("article")],
  };

  it("accepts references that resolve", () => {
    const dataset = inMemoryDataset({
      ...base,
      events: [sampleEvent("forum", { participants: [{ organization: "sast", role: "host" }] })],
    });
    expect(runRule(referencesResolve, dataset)).toEqual([]);
  });

  it("reports a missing organization with the closest id", () => {
    const dataset = inMemoryDataset({
      ...base,
      events: [
        sampleEvent("forum", {
          participants: [
            { organization: "cast", role: "guidance" },
            { organization: "sast2", role: "host" },
          ],
        }),
      ],
    });
    expect(runRule(referencesResolve, dataset)).toEqual([
      {
        file: "data/events/forum.json",
        pointer: "/participants/1/organization",
        severity: "error",
        message: 'no organization "sast2" (did you mean "sast"?)',
      },
    ]);
  });

  it("offers no suggestion when nothing is close", () => {
    const dataset = inMemoryDataset({ ...base, organizations: [sampleOrganization("sast", { parent: "zzzzzzzz" })] });
    expect(runRule(referencesResolve, dataset).map((finding) => finding.message)).toEqual([
      'no organization "zzzzzzzz"',
    ]);
  });

  it("says when the id belongs to another collection", () => {
    const dataset = inMemoryDataset({
      ...base,
      events: [sampleEvent("forum", { sources: [{ source: "sast" }] })],
    });
    expect(runRule(referencesResolve, dataset).map((finding) => finding.message)).toEqual([
      'no source "sast" (there is an organization with that id)',
    ]);
  });

  it("checks parents, successors, speakers and publishers", () => {
    const dataset = inMemoryDataset({
      organizations: [sampleOrganization("a", { parent: "nope", status: "withdrawn", successor: "gone" })],
      events: [sampleEvent("e", { speakers: [{ name: { en: "Someone" }, organization: "missing" }] })],
      sources: [sampleSource("article", { publisher: { organization: "absent" } })],
    });
    expect(runRule(referencesResolve, dataset).map((finding) => finding.pointer)).toEqual([
      "/parent",
      "/successor",
      "/speakers/0/organization",
      "/publisher/organization",
    ]);
  });

  it("counts ids of files that failed their schema as existing", () => {
    const dataset = inMemoryDataset(
      { ...base, events: [sampleEvent("forum", { participants: [{ organization: "broken", role: "host" }] })] },
      { organizations: [sampleOrganization("broken")] },
    );
    expect(runRule(referencesResolve, dataset)).toEqual([]);
  });
});

describe("references-resolve and renamed records", () => {
  it("says what a former id was renamed to", () => {
    const dataset = inMemoryDataset({
      organizations: [sampleOrganization("sast-new", { formerIds: ["sast"] })],
      sources: [sampleSource("article")],
      events: [sampleEvent("forum", { participants: [{ organization: "sast", role: "host" }] })],
    });
    expect(runRule(referencesResolve, dataset).map((finding) => finding.message)).toEqual([
      'no organization "sast" (it was renamed to "sast-new")',
    ]);
  });
});
