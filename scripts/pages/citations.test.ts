import { describe, expect, it } from "vitest";
import { catalogOf, sampleOrganization, sampleSource } from "../catalog/catalog.test-support.ts";
import { messages, type Locale } from "../i18n/messages.ts";
import { readSiteConfig } from "../paths/site-config.ts";
import type { SourceCitation } from "../records/types.generated.ts";
import { citationsFor, citedSources, type CitedSource } from "./citations.ts";

describe("citedSources", () => {
  const site = readSiteConfig("https://example.org/registry/");
  const citations: [SourceCitation, ...SourceCitation[]] = [
    { source: "report", fields: ["/names/display/en", "/kind"] },
    { source: "notice" },
  ];
  const catalog = catalogOf({
    organizations: [sampleOrganization("a", { sources: citations })],
    sources: [
      sampleSource("report", { title: { en: "Annual report", "zh-Hans": "年度报告" } }),
      sampleSource("notice", { title: { en: "Notice" } }),
    ],
  });
  // A label that shows which pointer and language it was asked for, so that the joining shows.
  const label = (pointer: string, locale: Locale) => `${locale}${pointer}`;

  it("numbers the sources in the order cited, linking each to its page under the path prefix", () => {
    expect(citedSources(site, catalog, citations, "en", label)).toEqual([
      {
        number: 1,
        title: { text: "Annual report" },
        href: "/registry/sources/report/",
        fields: ["/names/display/en", "/kind"],
        supports: "en/names/display/en, en/kind",
      },
      {
        number: 2,
        title: { text: "Notice" },
        href: "/registry/sources/notice/",
        fields: [],
        supports: messages.en.wholeRecord,
      },
    ]);
  });

  it("titles, links and lists the supported fields in Chinese on a Chinese page", () => {
    expect(citedSources(site, catalog, citations, "zh-Hans", label)).toEqual([
      {
        number: 1,
        title: { text: "年度报告" },
        href: "/registry/zh/sources/report/",
        fields: ["/names/display/en", "/kind"],
        supports: "zh-Hans/names/display/en、zh-Hans/kind",
      },
      {
        number: 2,
        title: { text: "Notice", lang: "en" },
        href: "/registry/zh/sources/notice/",
        fields: [],
        supports: messages["zh-Hans"].wholeRecord,
      },
    ]);
  });
});

describe("citationsFor", () => {
  const cited = (number: number, fields: string[]): CitedSource => ({
    number,
    title: { text: `Source ${number}` },
    href: `/sources/${number}/`,
    fields,
    supports: "",
  });
  const sources = [
    cited(1, ["/names"]),
    cited(2, ["/names/display/en"]),
    cited(3, ["/participants/1", "/kind"]),
    cited(4, ["/participants/12/role"]),
  ];

  it("gives the citations of the field itself", () => {
    expect(citationsFor(sources, "/kind")).toEqual([3]);
    expect(citationsFor(sources, "/status")).toEqual([]);
  });

  it("counts a citation of a field for everything beneath it", () => {
    expect(citationsFor(sources, "/names/display/en")).toEqual([1, 2]);
    expect(citationsFor(sources, "/participants/1/role")).toEqual([3]);
  });

  it("counts a citation of a part for the field shown whole", () => {
    expect(citationsFor(sources, "/names/display")).toEqual([1, 2]);
    expect(citationsFor(sources, "/participants")).toEqual([3, 4]);
  });

  it("does not take a pointer that merely begins like a cited one, above or below it", () => {
    expect(citationsFor(sources, "/participants/10")).toEqual([]);
    expect(citationsFor(sources, "/participants/1")).toEqual([3]);
    expect(citationsFor(sources, "/namesake")).toEqual([]);
  });
});
