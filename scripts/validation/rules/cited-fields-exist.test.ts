import { describe, expect, it } from "vitest";
import { inMemoryDataset, runRule } from "../in-memory-dataset.ts";
import { citedFieldsExist } from "./cited-fields-exist.ts";
import { sampleOrganization } from "./sample-records.test-support.ts";

describe("cited-fields-exist", () => {
  it("accepts citations of fields the record has", () => {
    const organization = sampleOrganization("o", {
      names: { display: { en: "O", "zh-Hans": "欧" } },
      sources: [{ source: "a", fields: ["/names/display/en", "/names/display/zh-Hans", "/kind"] }],
    });
    expect(runRule(citedFieldsExist, inMemoryDataset({ organizations: [organization] }))).toEqual([]);
  });

  it("reports a citation of a field the record lacks", () => {
    const organization = sampleOrganization("o", {
      sources: [{ source: "a" }, { source: "b", fields: ["/names/display/en", "/founded"] }],
    });
    expect(runRule(citedFieldsExist, inMemoryDataset({ organizations: [organization] }))).toEqual([
      {
        file: "data/organizations/o.json",
        pointer: "/sources/1/fields/1",
        severity: "error",
        message: 'cites the field "/founded", which this record does not have',
      },
    ]);
  });
});
