import { describe, expect, it } from "vitest";
import { en } from "../i18n/en.ts";
import { zhHans as zh } from "../i18n/zh-hans.ts";
import { addressFilters } from "./search-filters.ts";

describe("addressFilters", () => {
  it("names each filter and value by a code, with its label in the index of the page's language", () => {
    const english = addressFilters("en");
    expect(english.type).toEqual({
      name: en.searchPage.typeFilter,
      values: {
        organization: en.recordTypes.organizations,
        event: en.recordTypes.events,
        source: en.recordTypes.sources,
      },
    });
    expect(english.kind.name).toBe(en.searchPage.kindFilter);
    expect(english.kind.values.association).toBe(en.organizationKinds.association);
    expect(addressFilters("zh-Hans").kind.values.association).toBe(zh.organizationKinds.association);
  });

  it("gives every label one code, qualifying a kind code that two types share by the later type", () => {
    const { values } = addressFilters("en").kind;
    expect(values.other).toBe(en.organizationKinds.other);
    expect(values["event-other"]).toBe(en.eventKinds.other);
    const labels = Object.values(values);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
