import { describe, expect, it } from "vitest";
import { inMemoryDataset, runRule } from "../in-memory-dataset.ts";
import { fieldsCovered } from "./fields-covered.ts";
import { sampleEvent, sampleOrganization } from "./sample-records.test-support.ts";

describe("fields-covered", () => {
  it("accepts a record cited as a whole, and fields covered by a citation of a field above them", () => {
    const organization = sampleOrganization("o", {
      location: { city: { en: "Shanghai" }, country: "CN" },
      sources: [{ source: "a", fields: ["/names", "/kind", "/status", "/location"] }],
    });
    const event = sampleEvent("e", { sources: [{ source: "a" }] });
    expect(runRule(fieldsCovered, inMemoryDataset({ organizations: [organization], events: [event] }))).toEqual([]);
  });

  it("names the highest field that no citation covers any part of", () => {
    const organization = sampleOrganization("o", {
      names: { display: { en: "O", "zh-Hans": "欧" }, acronyms: { en: ["O"] } },
      location: { city: { en: "Shanghai" }, country: "CN" },
      links: { website: "https://o.example.org/" },
      sources: [{ source: "a", fields: ["/names/display/en", "/kind", "/status"] }],
    });
    expect(runRule(fieldsCovered, inMemoryDataset({ organizations: [organization] }))).toEqual(
      ["/names/display/zh-Hans", "/names/acronyms", "/location", "/links"].map((pointer) => ({
        file: "data/organizations/o.json",
        pointer,
        severity: "error",
        message: `${pointer} is not covered by any citation: list it in the "fields" of a citation whose source supports it, or leave it out`,
      })),
    );
  });

  it("counts an inferred citation as covering, and leaves out the fields that are the registry's own", () => {
    const organization = sampleOrganization("o", {
      formerIds: ["p"],
      status: "withdrawn",
      successor: "q",
      sources: [
        { source: "a", fields: ["/names"] },
        { source: "a", fields: ["/kind"], how: "inferred", reason: { en: "from the name" } },
      ],
    });
    expect(runRule(fieldsCovered, inMemoryDataset({ organizations: [organization] }))).toEqual([]);
  });

  it("reports an item of a list that no citation covers, and not its covered neighbours", () => {
    const event = sampleEvent("e", {
      participants: [
        { organization: "o", role: "host" },
        { organization: "p", role: "guidance" },
      ],
      sources: [{ source: "a", fields: ["/title", "/kind", "/status", "/start", "/timeZone", "/participants/0"] }],
    });
    expect(runRule(fieldsCovered, inMemoryDataset({ events: [event] })).map((finding) => finding.pointer)).toEqual([
      "/participants/1",
    ]);
  });
});
