import { describe, expect, it } from "vitest";
import type { Catalog } from "../catalog/catalog.ts";
import { catalogOf, sampleEvent, sampleOrganization, sampleSource } from "../catalog/catalog.test-support.ts";
import { en } from "../i18n/en.ts";
import { fill, locales, type Locale } from "../i18n/messages.ts";
import { zhHans as zh } from "../i18n/zh-hans.ts";
import { listPaging } from "../paths/list-paging.ts";
import { readSiteConfig } from "../paths/site-config.ts";
import { ListOrders } from "./list-orders.ts";
import { eventListPage, organizationListPage, sourceListPage, type ListSource } from "./list-pages.ts";

const site = readSiteConfig("https://example.org/registry/");

/** Lists of `pageSize` records a page, so that a few records fill several pages. */
function listSource(catalog: Catalog, pageSize: number, locale: Locale = "en"): ListSource {
  return {
    site,
    catalog,
    paging: listPaging(catalog, pageSize),
    orders: new ListOrders(site, catalog),
    locale,
    published: locales,
  };
}

const named = (id: string, en: string, overrides: Parameters<typeof sampleOrganization>[1] = {}) =>
  sampleOrganization(id, { names: { display: { en } }, ...overrides });

describe("organizationListPage", () => {
  const catalog = catalogOf({
    organizations: [
      named("gamma", "Gamma Society"),
      named("alpha", "Alpha Society"),
      named("delta", "Delta University", { kind: "university" }),
      named("beta", "Beta Society"),
      named("zeta", "Zeta Society", { status: "withdrawn" }),
      named("eta", "Eta Ministry", { kind: "government-body", status: "inactive" }),
    ],
  });

  it("heads the organizations of kind other as other bodies, not as a bare “Other”", () => {
    const others = catalogOf({ organizations: [named("zone", "Special Zone", { kind: "other" })] });
    expect(organizationListPage(listSource(others, 3), 1).groups.map((group) => group.label)).toEqual([
      en.finding.otherOrganizations,
    ]);
    expect(organizationListPage(listSource(others, 3, "zh-Hans"), 1).groups.map((group) => group.label)).toEqual([
      zh.finding.otherOrganizations,
    ]);
  });

  it("groups by kind in the schema's order, by name within a kind, and counts each kind across pages", () => {
    const first = organizationListPage(listSource(catalog, 3), 1);
    const second = organizationListPage(listSource(catalog, 3), 2);
    const summary = (page: typeof first) =>
      page.groups.map(({ kind, label, total, organizations }) => ({
        kind,
        label,
        total,
        names: organizations.map((organization) => organization.text),
      }));
    expect(summary(first)).toEqual([
      {
        kind: "government-body",
        label: en.organizationKinds["government-body"],
        total: 1,
        names: ["Eta Ministry"],
      },
      {
        kind: "association",
        label: en.organizationKinds.association,
        total: 3,
        names: ["Alpha Society", "Beta Society"],
      },
    ]);
    expect(summary(second)).toEqual([
      { kind: "association", label: en.organizationKinds.association, total: 3, names: ["Gamma Society"] },
      { kind: "university", label: en.organizationKinds.university, total: 1, names: ["Delta University"] },
    ]);
    expect(first.total).toBe(5);
  });

  it("links each organization with its status", () => {
    const [ministry] = organizationListPage(listSource(catalog, 3, "zh-Hans"), 1).groups[0]!.organizations;
    expect(ministry).toEqual({
      text: "Eta Ministry",
      lang: "en",
      href: "/registry/zh/organizations/eta/",
      status: zh.organizationStatuses.inactive,
      facets: { kind: "government-body", status: "inactive" },
    });
  });
});

describe("eventListPage", () => {
  const catalog = catalogOf({
    events: [
      sampleEvent("next", { status: "scheduled", start: "2030-01-01" }),
      sampleEvent("later", { status: "postponed", start: "2031-01-01" }),
      sampleEvent("may-2024", { start: "2024-05-01" }),
      sampleEvent("feb-2024", { start: "2024-02-01" }),
      sampleEvent("nov-2023", { start: "2023-11-06" }),
      sampleEvent("june-2023", { status: "cancelled", start: "2023-06-01" }),
      sampleEvent("dropped", { status: "withdrawn", start: "2024-06-01" }),
    ],
  });
  const hrefs = (lines: { href: string }[]) => lines.map((line) => line.href.replace("/registry/events/", ""));

  it("puts upcoming events first, soonest first, then past ones by year, newest first", () => {
    const page = eventListPage(listSource(catalog, 3), 1);
    expect(hrefs(page.upcoming)).toEqual(["next/", "later/"]);
    expect(page.upcomingTotal).toBe(2);
    expect(page.pastByYear.map(({ year, total, events }) => ({ year, total, events: hrefs(events) }))).toEqual([
      { year: "2024", total: 2, events: ["may-2024/"] },
    ]);
    expect(page.total).toBe(6);
  });

  it("shows on a later page the rest of a year, with the year's total across pages", () => {
    const page = eventListPage(listSource(catalog, 3), 2);
    expect(page.upcoming).toEqual([]);
    expect(page.upcomingTotal).toBe(2);
    expect(page.pastByYear.map(({ year, total, events }) => ({ year, total, events: hrefs(events) }))).toEqual([
      { year: "2024", total: 2, events: ["feb-2024/"] },
      { year: "2023", total: 2, events: ["nov-2023/", "june-2023/"] },
    ]);
    expect(page.page).toBe(2);
    expect(page.pageNav).toMatchObject({ page: 2, pages: 2, previous: "/registry/events/" });
  });

  it("links the feed and the calendar of every event", () => {
    const page = eventListPage(listSource(catalog, 3), 1);
    expect(page.feedHref).toBe("https://example.org/registry/feeds/events.xml");
    expect(page.calendarHref).toBe("https://example.org/registry/calendar/events.ics");
    expect(page.frame.feeds.map((feed) => feed.href)).toEqual([
      page.feedHref,
      "https://example.org/registry/feeds/events.json",
      page.calendarHref,
    ]);
  });
});

describe("sourceListPage", () => {
  const catalog = catalogOf({
    organizations: [sampleOrganization("cast", { names: { display: { en: "CAST", "zh-Hans": "中国科协" } } })],
    sources: [
      sampleSource("by-cast", { publisher: { organization: "cast", name: "CAST News Office" } }),
      sampleSource("by-name", { publisher: { name: "Xinhua" } }),
      sampleSource("dropped", { status: "withdrawn" }),
      { id: "unsigned", kind: "news-article", title: { en: "Article unsigned" }, url: "https://example.com/page" },
    ],
  });

  it("names each source's publisher by its organization's name, else by the name the source credits", () => {
    expect(sourceListPage(listSource(catalog, 10), 1).sources).toEqual([
      {
        text: "Article by-cast",
        href: "/registry/sources/by-cast/",
        kind: en.sourceKinds["news-article"],
        facets: { kind: "news-article" },
        publisher: { text: "CAST" },
      },
      {
        text: "Article by-name",
        href: "/registry/sources/by-name/",
        kind: en.sourceKinds["news-article"],
        facets: { kind: "news-article" },
        publisher: { text: "Xinhua" },
      },
      {
        text: "Article unsigned",
        href: "/registry/sources/unsigned/",
        kind: en.sourceKinds["news-article"],
        facets: { kind: "news-article" },
      },
    ]);
    const chinese = sourceListPage(listSource(catalog, 10, "zh-Hans"), 1).sources;
    expect(chinese.map((source) => source.publisher)).toEqual([
      { text: "中国科协" },
      { text: "Xinhua", lang: "en" },
      undefined,
    ]);
  });

  it("shows its share of the sources on each page", () => {
    expect(sourceListPage(listSource(catalog, 2), 2).sources.map((source) => source.href)).toEqual([
      "/registry/sources/unsigned/",
    ]);
  });
});

describe("every list page", () => {
  const catalog = catalogOf({ sources: ["a", "b", "c"].map((id) => sampleSource(id)) });

  it("is titled with the list's name on its first page, and with its number among the pages after", () => {
    expect(sourceListPage(listSource(catalog, 2), 1).frame.title).toBe(en.nav.sources);
    const second = sourceListPage(listSource(catalog, 2), 2);
    expect(second.frame.title).toBe(fill(en.listPages.title, { title: en.nav.sources, page: "2", pages: "2" }));
    expect(second.heading).toBe(en.nav.sources);
    expect(sourceListPage(listSource(catalog, 2, "zh-Hans"), 2).frame.title).toBe(
      fill(zh.listPages.title, { title: zh.nav.sources, page: "2", pages: "2" }),
    );
  });

  it("has page links only when the list has more than one page", () => {
    expect(sourceListPage(listSource(catalog, 2), 1).pageNav?.next).toBe("/registry/sources/page/2/");
    expect(sourceListPage(listSource(catalog, 10), 1)).not.toHaveProperty("pageNav");
  });

  it("links the whole list's data files", () => {
    const page = sourceListPage(listSource(catalog, 2), 2);
    expect(page.data).toEqual({
      json: "https://example.org/registry/api/v1/sources/index.json",
      csv: "https://example.org/registry/api/v1/sources.csv",
      ndjson: "https://example.org/registry/api/v1/sources.ndjson",
    });
    expect(page.frame.json).toBe(page.data.json);
    expect(organizationListPage(listSource(catalogOf({}), 2), 1).data.csv).toBe(
      "https://example.org/registry/api/v1/organizations.csv",
    );
  });
});
