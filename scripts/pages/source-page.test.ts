import { describe, expect, it } from "vitest";
import { catalogOf, sampleEvent, sampleOrganization, sampleSource } from "../catalog/catalog.test-support.ts";
import { en } from "../i18n/en.ts";
import { locales, type Locale } from "../i18n/messages.ts";
import { zhHans as zh } from "../i18n/zh-hans.ts";
import { readSiteConfig } from "../paths/site-config.ts";
import { sourcePage } from "./source-page.ts";

const site = readSiteConfig("https://example.org/registry/");

const catalog = catalogOf({
  organizations: [
    sampleOrganization("cast", {
      names: { display: { en: "CAST", "zh-Hans": "中国科协" } },
      founded: "1958",
      sources: [{ source: "unveiling", fields: ["/names/display/zh-Hans", "/founded"] }],
    }),
  ],
  events: [sampleEvent("forum", { title: { en: "Cluster forum" }, sources: [{ source: "unveiling" }] })],
  sources: [
    sampleSource("unveiling", {
      kind: "official-notice",
      title: { en: "Cluster unveiled", "zh-Hans": "集聚区揭牌" },
      language: "zh-Hans",
      publisher: { organization: "cast", name: "中国科协新闻办公室" },
      url: "https://example.com/unveiling",
      published: "2023-11-17",
      accessed: "2024-01-05",
      archivedUrl: "https://web.archive.org/web/2024/https://example.com/unveiling",
    }),
    sampleSource("leaflet", { publisher: { name: "A ministry" } }),
    sampleSource("unveiling-copy", { status: "withdrawn", successor: "unveiling" }),
    sampleSource("retracted", { status: "withdrawn" }),
  ],
});

const page = (id: string, locale: Locale = "en") => sourcePage(site, catalog, id, locale, locales);

describe("sourcePage", () => {
  it("lists the facts of a source in order", () => {
    expect(page("unveiling").facts).toEqual([
      { label: en.fields.title, values: [{ text: "集聚区揭牌", lang: "zh-Hans" }], citations: [] },
      { label: en.fields.kind, values: [{ text: en.sourceKinds["official-notice"] }], citations: [] },
      { label: en.fields.language, values: [{ text: "Simplified Chinese" }], citations: [] },
      {
        label: en.fields.publisher,
        // Credited in the document's own words, so in its language.
        values: [
          { text: "CAST", href: "/registry/organizations/cast/" },
          { text: "中国科协新闻办公室", lang: "zh-Hans" },
        ],
        citations: [],
      },
      {
        label: en.fields.url,
        values: [{ text: "https://example.com/unveiling", href: "https://example.com/unveiling" }],
        citations: [],
      },
      { label: en.fields.published, values: [{ text: "17 November 2023" }], citations: [] },
      { label: en.fields.accessed, values: [{ text: "5 January 2024" }], citations: [] },
      {
        label: en.fields.archivedUrl,
        values: [
          {
            text: "https://web.archive.org/web/2024/https://example.com/unveiling",
            href: "https://web.archive.org/web/2024/https://example.com/unveiling",
          },
        ],
        citations: [],
      },
    ]);
  });

  it("says when no address is known, and marks a publisher's name as credited, in English, on a Chinese page", () => {
    expect(page("leaflet").facts.find((row) => row.label === en.fields.url)?.values).toEqual([{ text: en.noUrl }]);
    expect(page("leaflet", "zh-Hans").facts.find((row) => row.label === zh.fields.publisher)?.values).toEqual([
      { text: "A ministry", lang: "en" },
    ]);
  });

  it("lists the records that cite it, with the fields each cites it for", () => {
    expect(page("unveiling").citedBy).toEqual([
      {
        link: { text: "CAST", href: "/registry/organizations/cast/" },
        type: en.recordTypes.organizations,
        supports: `${en.fields.name} (Simplified Chinese), ${en.fields.founded}`,
      },
      {
        link: { text: "Cluster forum", href: "/registry/events/forum/" },
        type: en.recordTypes.events,
        supports: en.wholeRecord,
      },
    ]);
    expect(page("unveiling", "zh-Hans").citedBy.map(({ link, type, supports }) => ({ link, type, supports }))).toEqual([
      {
        link: { text: "中国科协", href: "/registry/zh/organizations/cast/" },
        type: zh.recordTypes.organizations,
        supports: `${zh.fields.name}（简体中文）、${zh.fields.founded}`,
      },
      {
        link: { text: "Cluster forum", lang: "en", href: "/registry/zh/events/forum/" },
        type: zh.recordTypes.events,
        supports: zh.wholeRecord,
      },
    ]);
    expect(page("leaflet").citedBy).toEqual([]);
  });

  it("marks a withdrawn source as such, linking the source that replaces it when there is one", () => {
    expect(page("unveiling-copy").withdrawn).toEqual({
      successor: { text: "Cluster unveiled", href: "/registry/sources/unveiling/" },
    });
    expect(page("retracted").withdrawn).toEqual({});
    expect(page("unveiling")).not.toHaveProperty("withdrawn");
  });

  it("sends the readers of a withdrawn source to the source that replaces it, as organizations and events do", () => {
    expect(page("unveiling-copy").frame.redirect).toBe("https://example.org/registry/sources/unveiling/");
    expect(page("retracted").frame.redirect).toBeUndefined();
  });
});
