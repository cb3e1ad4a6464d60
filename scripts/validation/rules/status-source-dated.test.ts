import { describe, expect, it } from "vitest";
import { inMemoryDataset, runRule } from "../in-memory-dataset.ts";
import { statusSourceDated } from "./status-source-dated.ts";
import { sampleEvent, sampleOrganization, sampleSource } from "./sample-records.test-support.ts";

describe("status-source-dated", () => {
  const dated = sampleSource("article", { published: "2023-11-17" });
  const updatedOnly = sampleSource("notice", { updated: "2023-11-17T10:03:08+08:00" });
  const undated = sampleSource("website", { kind: "website", url: "https://o.example.org/" });

  it("accepts a status that a dated source supports, by its published or its updated date", () => {
    const organizations = [
      sampleOrganization("o", { sources: [{ source: "article" }] }),
      sampleOrganization("p", { sources: [{ source: "notice", fields: ["/status"] }, { source: "website" }] }),
    ];
    const dataset = inMemoryDataset({ organizations, sources: [dated, updatedOnly, undated] });
    expect(runRule(statusSourceDated, dataset)).toEqual([]);
  });

  it("reports a status whose sources are all undated, and names them", () => {
    const event = sampleEvent("e", { status: "scheduled", sources: [{ source: "website" }] });
    expect(runRule(statusSourceDated, inMemoryDataset({ events: [event], sources: [undated] }))).toEqual([
      {
        file: "data/events/e.json",
        pointer: "/status",
        severity: "error",
        message:
          '"scheduled" holds only as of a date, and no source that supports it says when it was published: give "website" its "published" date, or cite a dated source for /status',
      },
    ]);
  });

  it("goes by the sources that state the status, not those it could be inferred from", () => {
    const organization = sampleOrganization("o", {
      sources: [
        { source: "website", fields: ["/names", "/kind", "/status"] },
        { source: "article", fields: ["/status"], how: "inferred", reason: { en: "reported at work" } },
      ],
    });
    const dataset = inMemoryDataset({ organizations: [organization], sources: [dated, undated] });
    expect(runRule(statusSourceDated, dataset).map((finding) => finding.pointer)).toEqual(["/status"]);
  });

  it("asks no date of what happened (an event completed or cancelled) nor of a withdrawn record", () => {
    const events = [
      sampleEvent("e", { status: "completed", sources: [{ source: "website" }] }),
      sampleEvent("f", { status: "cancelled", sources: [{ source: "website" }] }),
    ];
    const organizations = [sampleOrganization("o", { status: "withdrawn", sources: [{ source: "website" }] })];
    expect(runRule(statusSourceDated, inMemoryDataset({ events, organizations, sources: [undated] }))).toEqual([]);
  });

  it("leaves missing sources to their own rule", () => {
    const organizations = [sampleOrganization("p", { sources: [{ source: "website" }, { source: "missing" }] })];
    expect(runRule(statusSourceDated, inMemoryDataset({ organizations, sources: [undated] }))).toEqual([]);
  });
});
