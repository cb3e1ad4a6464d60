import { describe, expect, it } from "vitest";
import { catalogOf, sampleEvent, sampleOrganization, sampleSource } from "../catalog/catalog.test-support.ts";
import { en } from "../i18n/en.ts";
import { fill, locales } from "../i18n/messages.ts";
import { zhHans as zh } from "../i18n/zh-hans.ts";
import { readSiteConfig } from "../paths/site-config.ts";
import { homePage } from "./home-page.ts";
import { piecesText } from "./registry-intro.ts";
import { registrySubjectId } from "../catalog/registry-subject.ts";

const site = readSiteConfig("https://example.org/registry/");

const catalog = catalogOf({
  organizations: [
    sampleOrganization("cast"),
    sampleOrganization("sast"),
    sampleOrganization("old-cast", { status: "withdrawn", successor: "cast" }),
  ],
  events: [
    ...["2019", "2020", "2021", "2022", "2023", "2024"].map((year) =>
      sampleEvent(`forum-${year}`, { start: `${year}-06-01` }),
    ),
    sampleEvent("forum-2025", { status: "cancelled", start: "2025-06-01" }),
    sampleEvent("forum-2026", { status: "withdrawn", start: "2026-06-01", successor: "forum-2025" }),
  ],
  sources: [sampleSource("article")],
});

describe("homePage", () => {
  it("counts the live records of each collection, in the plural or singular their number needs", () => {
    expect(homePage(site, catalog, "en", locales).counts).toEqual([
      { label: fill(en.count.organizations.other, { count: "2" }), href: "/registry/organizations/" },
      { label: fill(en.count.events.other, { count: "7" }), href: "/registry/events/" },
      { label: fill(en.count.sources.one, { count: "1" }), href: "/registry/sources/" },
    ]);
    expect(homePage(site, catalog, "zh-Hans", locales).counts).toEqual([
      { label: fill(zh.count.organizations.other, { count: "2" }), href: "/registry/zh/organizations/" },
      { label: fill(zh.count.events.other, { count: "7" }), href: "/registry/zh/events/" },
      { label: fill(zh.count.sources.one, { count: "1" }), href: "/registry/zh/sources/" },
    ]);
  });

  it("shows the five live events that start last, newest first, leaving out tombstones", () => {
    expect(homePage(site, catalog, "en", locales).latestEvents).toEqual(
      ["2025", "2024", "2023", "2022", "2021"].map((year) => ({
        title: { text: `Event forum-${year}` },
        href: `/registry/events/forum-${year}/`,
        when: `1 June ${year}`,
        status: year === "2025" ? en.eventStatuses.cancelled : en.eventStatuses.completed,
        kind: en.eventKinds.forum,
      })),
    );
  });

  it("links the events list and the API page in its own language, and the data files absolutely", () => {
    const english = homePage(site, catalog, "en", locales);
    expect(english.eventsHref).toBe("/registry/events/");
    expect(english.apiHref).toBe("/registry/api/");
    expect(english.apiIndex).toBe("https://example.org/registry/api/v1/index.json");
    expect(english.feedHref).toBe("https://example.org/registry/feeds/events.xml");
    expect(english.calendarHref).toBe("https://example.org/registry/calendar/events.ics");
    expect(english.frame.feeds.map((feed) => feed.href)).toEqual([
      english.feedHref,
      "https://example.org/registry/feeds/events.json",
      english.calendarHref,
      "https://example.org/registry/feeds/changes.xml",
      "https://example.org/registry/feeds/changes.json",
    ]);
    const chinese = homePage(site, catalog, "zh-Hans", locales);
    expect(chinese.eventsHref).toBe("/registry/zh/events/");
    expect(chinese.apiHref).toBe("/registry/zh/api/");
    expect(chinese.intro).toEqual([zh.homeIntro.plain]);
    expect(chinese.tagline).toEqual([zh.siteTagline.plain]);
  });
});

describe("the home page of the registry's subject", () => {
  const subject = catalogOf({
    organizations: [
      sampleOrganization(registrySubjectId, {
        names: { display: { en: "Cluster for science" } },
        location: { place: { en: "Harbour Area" }, city: { en: "Shanghai" } },
      }),
      sampleOrganization("cast", { names: { display: { en: "Science Association", "zh-Hans": "科学协会" } } }),
      sampleOrganization("city", { names: { display: { en: "City Government", "zh-Hans": "市政府" } } }),
    ],
    events: [
      sampleEvent("unveiling", {
        start: "2023-11-06",
        participants: [
          { organization: "cast", role: "guidance" },
          { organization: "city", role: "guidance" },
          { organization: registrySubjectId, role: "subject" },
        ],
      }),
      sampleEvent("later", {
        start: "2024-05-01",
        participants: [{ organization: registrySubjectId, role: "subject" }],
      }),
    ],
    sources: [sampleSource("article")],
  });
  const cluster = { text: "Cluster for science", href: `/registry/organizations/${registrySubjectId}/` };

  it("names it in the tagline, linked, and tells its launch from the event it was first the subject of", () => {
    const page = homePage(site, subject, "en", locales);
    expect(page.tagline).toEqual(["An independent open-data registry about the ", cluster]);
    expect(piecesText(page.intro)).toBe(
      `The Cluster for science, in the Harbour Area, was unveiled on 6 November 2023, under the guidance of the Science Association and the City Government. ${en.homeIntro.registry}`,
    );
    expect(page.intro).toContainEqual({ text: "6 November 2023", href: "/registry/events/unveiling/" });
    expect(page.frame.description).toBe("An independent open-data registry about the Cluster for science");
  });

  it("says the same in Chinese, with each name in the language the record has it in", () => {
    const page = homePage(site, subject, "zh-Hans", locales);
    expect(page.tagline).toEqual([
      "关于",
      { ...cluster, href: `/registry/zh/organizations/${registrySubjectId}/`, lang: "en" },
      "的独立开放数据登记库",
    ]);
    expect(piecesText(page.intro)).toBe(
      `Cluster for science（位于Harbour Area）于2023年11月6日揭牌，指导单位为科学协会和市政府。${zh.homeIntro.registry}`,
    );
  });

  it("says when the data last changed, as a day for a <time> element", () => {
    const { dataUpdated } = homePage(site, catalog, "zh-Hans", locales);
    expect(dataUpdated.datetime).toBe(catalog.dataUpdated.slice(0, 10));
    expect(dataUpdated.text).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
  });

  it("describes the site as schema.org's WebSite, with a search action on the search page of its language", () => {
    expect(homePage(site, catalog, "zh-Hans", locales).jsonLd).toMatchObject({
      "@type": "WebSite",
      url: "https://example.org/registry/zh/",
      name: zh.siteName,
      inLanguage: "zh-Hans",
      potentialAction: {
        "@type": "SearchAction",
        target: { urlTemplate: "https://example.org/registry/zh/search/?q={search_term_string}" },
        "query-input": "required name=search_term_string",
      },
    });
  });
});
