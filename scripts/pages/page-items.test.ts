import { describe, expect, it } from "vitest";
import { catalogOf, sampleEvent, sampleOrganization, sampleSource } from "../catalog/catalog.test-support.ts";
import { locales, type Locale } from "../i18n/messages.ts";
import { listPaging } from "../paths/list-paging.ts";
import { searchShards } from "../paths/search-shards.ts";
import { readSiteConfig } from "../paths/site-config.ts";
import { pageContext } from "./page-context.ts";
import { isRecordPageName, isSitePageName, recordPageItems, sitePageItems } from "./page-items.ts";

const site = readSiteConfig("https://example.org/registry/");
const catalog = catalogOf({
  organizations: [
    sampleOrganization("cast"),
    sampleOrganization("sast", { formerIds: ["sa", "sast-old"] }),
    sampleOrganization("lab"),
    sampleOrganization("gone", { status: "withdrawn" }),
  ],
  events: [sampleEvent("forum")],
  sources: [sampleSource("article")],
});
/** Two organizations a page, so that the three live ones take two pages. */
function contextIn(published: readonly Locale[]) {
  return pageContext(site, catalog, published, listPaging(catalog, 2), searchShards(catalog));
}
const context = contextIn(locales);

describe("sitePageItems", () => {
  it("gives each site page in every published language, English at the root and Chinese under zh/", () => {
    expect(sitePageItems.home(context)).toEqual([
      { locale: "en", permalink: "index.html" },
      { locale: "zh-Hans", permalink: "zh/index.html" },
    ]);
    expect(sitePageItems.api(context)).toEqual([
      { locale: "en", permalink: "api/index.html" },
      { locale: "zh-Hans", permalink: "zh/api/index.html" },
    ]);
    expect(sitePageItems.about(context).map((item) => item.permalink)).toEqual([
      "about/index.html",
      "zh/about/index.html",
    ]);
    expect(sitePageItems.search(contextIn(["zh-Hans"]))).toEqual([
      { locale: "zh-Hans", permalink: "zh/search/index.html" },
    ]);
  });

  it("gives every page of a list in every language, numbered from 1", () => {
    expect(sitePageItems.organizationList(context)).toEqual([
      { locale: "en", page: 1, permalink: "organizations/index.html" },
      { locale: "zh-Hans", page: 1, permalink: "zh/organizations/index.html" },
      { locale: "en", page: 2, permalink: "organizations/page/2/index.html" },
      { locale: "zh-Hans", page: 2, permalink: "zh/organizations/page/2/index.html" },
    ]);
    expect(sitePageItems.eventList(context)).toEqual([
      { locale: "en", page: 1, permalink: "events/index.html" },
      { locale: "zh-Hans", page: 1, permalink: "zh/events/index.html" },
    ]);
    expect(sitePageItems.sourceList(contextIn(["en"]))).toEqual([
      { locale: "en", page: 1, permalink: "sources/index.html" },
    ]);
  });

  it("gives one page for a missing address, in the first published language", () => {
    expect(sitePageItems.notFound(context)).toEqual([{ locale: "en", permalink: "404.html" }]);
    expect(sitePageItems.notFound(contextIn(["zh-Hans"]))).toEqual([{ locale: "zh-Hans", permalink: "404.html" }]);
  });
});

describe("recordPageItems", () => {
  const organization = catalog.organizations.get("cast")!;
  const event = catalog.events.get("forum")!;
  const source = catalog.sources.get("article")!;

  it("gives a record its own page in every language", () => {
    expect(recordPageItems.organization(context, organization)).toEqual([
      { locale: "en", id: "cast", permalink: "organizations/cast/index.html" },
      { locale: "zh-Hans", id: "cast", permalink: "zh/organizations/cast/index.html" },
    ]);
    expect(recordPageItems.event(context, event).map((item) => item.permalink)).toEqual([
      "events/forum/index.html",
      "zh/events/forum/index.html",
    ]);
    expect(recordPageItems.source(contextIn(["en"]), source)).toEqual([
      { locale: "en", id: "article", permalink: "sources/article/index.html" },
    ]);
  });

  it("gives a record page only to a record of its own collection", () => {
    expect(recordPageItems.organization(context, event)).toEqual([]);
    expect(recordPageItems.event(context, source)).toEqual([]);
    expect(recordPageItems.source(context, organization)).toEqual([]);
  });

  it("keeps the page of a withdrawn record", () => {
    expect(recordPageItems.organization(context, catalog.organizations.get("gone")!)).toHaveLength(2);
  });

  it("gives a redirect page at each former id in each language, sending readers to the present id", () => {
    expect(recordPageItems.redirect(context, catalog.organizations.get("sast")!)).toEqual([
      { locale: "en", collection: "organizations", id: "sa", target: "sast", permalink: "organizations/sa/index.html" },
      {
        locale: "en",
        collection: "organizations",
        id: "sast-old",
        target: "sast",
        permalink: "organizations/sast-old/index.html",
      },
      {
        locale: "zh-Hans",
        collection: "organizations",
        id: "sa",
        target: "sast",
        permalink: "zh/organizations/sa/index.html",
      },
      {
        locale: "zh-Hans",
        collection: "organizations",
        id: "sast-old",
        target: "sast",
        permalink: "zh/organizations/sast-old/index.html",
      },
    ]);
    expect(recordPageItems.redirect(context, organization)).toEqual([]);
  });
});

describe("page names", () => {
  it("tells site pages from record pages", () => {
    expect(isSitePageName("eventList")).toBe(true);
    expect(isSitePageName("redirect")).toBe(false);
    expect(isRecordPageName("redirect")).toBe(true);
    expect(isRecordPageName("home")).toBe(false);
    // Inherited names are not page names.
    expect(isSitePageName("toString")).toBe(false);
  });
});
