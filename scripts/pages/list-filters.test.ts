import { describe, expect, it } from "vitest";
import { catalogOf, sampleEvent, sampleOrganization, sampleSource } from "../catalog/catalog.test-support.ts";
import { en } from "../i18n/en.ts";
import { zhHans as zh } from "../i18n/zh-hans.ts";
import { listFilterForm, rowFacets } from "./list-filters.ts";

const catalog = catalogOf({
  organizations: [
    sampleOrganization("society", { location: { country: "CN" } }),
    sampleOrganization("ministry", { kind: "government-body", status: "inactive", location: { country: "FR" } }),
    sampleOrganization("school", { kind: "university", founded: "1958" }),
    sampleOrganization("gone", { kind: "company", status: "withdrawn", successor: "society" }),
  ],
  events: [sampleEvent("forum", { start: "2024-05-01" }), sampleEvent("summit", { start: "2025-01-02" })],
  sources: [sampleSource("article")],
});

describe("rowFacets", () => {
  it("gives a record's kind, status, country and date as codes, leaving out what it does not say", () => {
    expect(rowFacets(catalog, "organizations", "ministry")).toEqual({
      kind: "government-body",
      status: "inactive",
      country: "FR",
    });
    expect(rowFacets(catalog, "organizations", "school")).toMatchObject({ kind: "university", date: "1958" });
    expect(rowFacets(catalog, "events", "forum")).toMatchObject({ kind: "forum", date: "2024-05-01" });
    expect(rowFacets(catalog, "sources", "article")).not.toHaveProperty("status");
  });
});

describe("listFilterForm", () => {
  it("offers the kinds, statuses and countries the live records have, in the page's language", () => {
    const form = listFilterForm(catalog, "organizations", "en");
    expect(form.filters.map((filter) => filter.name)).toEqual(["kind", "status", "country"]);
    // The withdrawn company is not on the list, so its kind is not offered.
    expect(form.filters[0]!.options).toEqual([
      { value: "government-body", label: en.organizationKinds["government-body"] },
      { value: "association", label: en.organizationKinds.association },
      { value: "university", label: en.organizationKinds.university },
    ]);
    expect(form.filters[2]!.options).toEqual([
      { value: "CN", label: "China" },
      { value: "FR", label: "France" },
    ]);
    const chinese = listFilterForm(catalog, "organizations", "zh-Hans");
    expect(chinese.filters[1]!.options.map((option) => option.label)).toEqual([
      zh.organizationStatuses.active,
      zh.organizationStatuses.inactive,
    ]);
    expect(chinese.sorts.map((sort) => sort.value)).toEqual(["", "name", "newest", "oldest"]);
  });

  it("leaves out a filter with a single choice, which would narrow nothing", () => {
    expect(listFilterForm(catalog, "events", "en").filters.map((filter) => filter.name)).toEqual([]);
    expect(listFilterForm(catalog, "sources", "en").filters).toEqual([]);
  });
});
