import { describe, expect, it } from "vitest";
import { catalogOf, sampleEvent, sampleOrganization, sampleSource } from "../catalog/catalog.test-support.ts";
import { en } from "../i18n/en.ts";
import { fill, locales, type Locale } from "../i18n/messages.ts";
import { zhHans as zh } from "../i18n/zh-hans.ts";
import { readSiteConfig } from "../paths/site-config.ts";
import { organizationPage } from "./organization-page.ts";

const site = readSiteConfig("https://example.org/registry/");
const castName = "China Association for Science and Technology";

const catalog = catalogOf({
  organizations: [
    sampleOrganization("cast", {
      names: { display: { en: castName, "zh-Hans": "中国科学技术协会" }, acronyms: { en: ["CAST"] } },
      founded: "1958-09",
      externalIds: { wikidata: "Q1072940" },
      sources: [
        { source: "article", fields: ["/names/display/zh-Hans", "/kind"] },
        { source: "report", fields: ["/names"] },
      ],
    }),
    sampleOrganization("cast-unit", { parent: "cast" }),
    sampleOrganization("old-cast", { status: "withdrawn", successor: "cast" }),
    sampleOrganization("sast"),
  ],
  events: [
    sampleEvent("launch-2022", {
      start: "2022-03-01",
      participants: [
        { organization: "cast", role: "guidance" },
        { organization: "cast", role: "co-host" },
      ],
    }),
    sampleEvent("forum-2023", {
      start: "2023-11-06",
      participants: [
        { organization: "cast", role: "host" },
        { organization: "sast", role: "organizer" },
      ],
      speakers: [{ name: { en: "Li Wei" }, organization: "cast" }],
    }),
    sampleEvent("meeting-2024", {
      start: "2024-05-01",
      participants: [{ organization: "sast", role: "host" }],
      speakers: [{ name: { en: "Wang Fang" }, organization: "cast" }],
    }),
  ],
  sources: [
    sampleSource("article"),
    sampleSource("report", { title: { en: "Annual report" } }),
    sampleSource("notice", { publisher: { organization: "cast" } }),
  ],
});

const page = (id: string, locale: (typeof locales)[number] = "en") =>
  organizationPage(site, catalog, id, locale, locales);

describe("organizationPage", () => {
  it("lists the facts in order, each with the numbers of the sources that support it", () => {
    expect(page("cast").facts).toEqual([
      {
        label: `${en.fields.name} (Simplified Chinese)`,
        values: [{ text: "中国科学技术协会", lang: "zh-Hans" }],
        citations: [1, 2],
      },
      { label: en.fields.acronyms, values: [{ text: "CAST" }], citations: [2] },
      { label: en.fields.kind, values: [{ text: en.organizationKinds.association }], citations: [1] },
      { label: en.fields.status, values: [{ text: en.organizationStatuses.active }], citations: [] },
      {
        label: en.fields.predecessors,
        values: [{ text: "Organization old-cast", href: "/registry/organizations/old-cast/" }],
        citations: [],
      },
      {
        label: en.fields.externalIds,
        values: [{ text: "Wikidata Q1072940", href: "https://www.wikidata.org/wiki/Q1072940" }],
        citations: [],
      },
      { label: en.fields.founded, values: [{ text: "September 1958" }], citations: [] },
    ]);
  });

  it("numbers the cited sources and links each to its page", () => {
    expect(page("cast").sources.map(({ number, title, href }) => ({ number, title, href }))).toEqual([
      { number: 1, title: { text: "Article article" }, href: "/registry/sources/article/" },
      { number: 2, title: { text: "Annual report" }, href: "/registry/sources/report/" },
    ]);
  });

  it("heads a Chinese page with the Chinese name and shows the English one as a fact, marked as English", () => {
    const chinese = page("cast", "zh-Hans");
    expect(chinese.heading).toEqual({ text: "中国科学技术协会" });
    expect(chinese.facts[0]).toEqual({
      label: `${zh.fields.name}（英语）`,
      values: [{ text: castName, lang: "en" }],
      citations: [2],
    });
    expect(chinese.facts[1]).toEqual({
      label: zh.fields.acronyms,
      values: [{ text: "CAST", lang: "en" }],
      citations: [2],
    });
  });

  it("shows no name row for a record named in the page's language only", () => {
    expect(page("sast").facts.map((row) => row.label)).toEqual([en.fields.kind, en.fields.status]);
  });

  it("marks a tombstone withdrawn, links its successor and sends readers there, without a feed", () => {
    const tombstone = page("old-cast");
    expect(tombstone.withdrawn).toEqual({ successor: { text: castName, href: "/registry/organizations/cast/" } });
    expect(tombstone.frame.redirect).toBe("https://example.org/registry/organizations/cast/");
    expect(tombstone.frame.feeds).toEqual([]);
    expect(tombstone).not.toHaveProperty("feedHref");
    expect(page("old-cast", "zh-Hans").frame.redirect).toBe("https://example.org/registry/zh/organizations/cast/");
  });

  it("gives a live organization its feed, in the frame and as feedHref, and neither notice nor redirect", () => {
    const live = page("cast");
    const feed = "https://example.org/registry/feeds/organizations/cast.xml";
    expect(live.feedHref).toBe(feed);
    expect(live.frame.feeds).toEqual([
      { title: fill(en.feedLinkTitle, { feed: en.rssFeed, name: castName }), href: feed, type: "application/rss+xml" },
    ]);
    expect(live).not.toHaveProperty("withdrawn");
    expect(live.frame).not.toHaveProperty("redirect");
  });

  it("lists its events newest first, with its roles and a word for those where someone spoke for it", () => {
    expect(page("cast").events.map(({ href, roles }) => ({ href, roles }))).toEqual([
      { href: "/registry/events/meeting-2024/", roles: en.speakerFromOrganization },
      { href: "/registry/events/forum-2023/", roles: `${en.roles.host}, ${en.speakerFromOrganization}` },
      { href: "/registry/events/launch-2022/", roles: `${en.roles.guidance}, ${en.roles["co-host"]}` },
    ]);
    expect(page("sast", "zh-Hans").events.map(({ href, roles }) => ({ href, roles }))).toEqual([
      { href: "/registry/zh/events/meeting-2024/", roles: zh.roles.host },
      { href: "/registry/zh/events/forum-2023/", roles: zh.roles.organizer },
    ]);
  });

  it("links its units and the sources it published", () => {
    const cast = page("cast");
    expect(cast.children).toEqual([{ text: "Organization cast-unit", href: "/registry/organizations/cast-unit/" }]);
    expect(cast.published).toEqual([{ text: "Article notice", href: "/registry/sources/notice/" }]);
    expect(page("sast").children).toEqual([]);
    expect(page("sast").published).toEqual([]);
  });

  it("joins its roles at one event as each language joins a list", () => {
    const roles = (locale: Locale) =>
      organizationPage(
        site,
        catalogOf({
          organizations: [sampleOrganization("hub")],
          events: [
            sampleEvent("forum", {
              participants: [
                { organization: "hub", role: "host" },
                { organization: "hub", role: "sponsor" },
              ],
            }),
          ],
          sources: [sampleSource("article")],
        }),
        "hub",
        locale,
        locales,
      ).events[0]!.roles;
    expect(roles("en")).toBe(`${en.roles.host}, ${en.roles.sponsor}`);
    expect(roles("zh-Hans")).toBe(`${zh.roles.host}、${zh.roles.sponsor}`);
  });
});
