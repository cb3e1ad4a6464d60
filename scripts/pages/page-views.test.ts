import { describe, expect, it } from "vitest";
import { catalogOf, sampleEvent, sampleOrganization, sampleSource } from "../catalog/catalog.test-support.ts";
import { locales, messages } from "../i18n/messages.ts";
import { listPaging } from "../paths/list-paging.ts";
import { searchShards } from "../paths/search-shards.ts";
import { readSiteConfig } from "../paths/site-config.ts";
import { collectionNames } from "../records/collections.ts";
import { eventPage } from "./event-page.ts";
import { homePage } from "./home-page.ts";
import { eventListPage, organizationListPage, sourceListPage } from "./list-pages.ts";
import { organizationPage } from "./organization-page.ts";
import { pageContext } from "./page-context.ts";
import { recordPageItems, sitePageItems, type PageItem } from "./page-items.ts";
import { pageViews, templateGlobals } from "./page-views.ts";
import { redirectPage } from "./redirect-page.ts";
import { sourcePage } from "./source-page.ts";
import { apiPage } from "./api-page.ts";
import { aboutPage, notFoundPage, searchPage } from "./static-pages.ts";

const site = readSiteConfig("https://example.org/registry/");

const catalog = catalogOf({
  organizations: [
    sampleOrganization("cast", { formerIds: ["cast-old"], names: { display: { en: "CAST", "zh-Hans": "中国科协" } } }),
    sampleOrganization("sast"),
  ],
  events: [sampleEvent("forum", { participants: [{ organization: "cast", role: "host" }] }), sampleEvent("lecture")],
  sources: [sampleSource("article"), sampleSource("report")],
});
// One record a page, so that every list has a second page.
const context = pageContext(site, catalog, locales, listPaging(catalog, 1), searchShards(catalog));
const views = pageViews(context);
const list = (item: PageItem) => ({
  site,
  catalog,
  paging: context.paging,
  orders: context.orders,
  locale: item.locale,
  published: locales,
});

describe("pageViews", () => {
  it("has a view for every page there is, and for nothing else", () => {
    expect(Object.keys(views).sort()).toEqual([...Object.keys(sitePageItems), ...Object.keys(recordPageItems)].sort());
  });

  it("makes each site page's view from its item: its language, and for a list, its page", () => {
    const expected = {
      home: (item: PageItem) => homePage(site, catalog, item.locale, locales),
      organizationList: (item: PageItem) => organizationListPage(list(item), item.page!),
      eventList: (item: PageItem) => eventListPage(list(item), item.page!),
      sourceList: (item: PageItem) => sourceListPage(list(item), item.page!),
      api: (item: PageItem) => apiPage(site, catalog, item.locale, locales),
      about: (item: PageItem) => aboutPage(site, catalog, item.locale, locales),
      search: (item: PageItem) => searchPage(site, catalog, context.shards, item.locale, locales),
      notFound: (item: PageItem) => notFoundPage(site, catalog, item.locale, locales),
    } satisfies Record<keyof typeof sitePageItems, unknown>;
    for (const name of Object.keys(sitePageItems) as (keyof typeof sitePageItems)[]) {
      for (const item of sitePageItems[name](context)) expect(views[name](item), name).toEqual(expected[name](item));
    }
  });

  it("shows a list's first page for an item that names no page", () => {
    expect(views.eventList({ locale: "en", permalink: "events/index.html" })).toEqual(
      eventListPage(list({ locale: "en", permalink: "" }), 1),
    );
    expect(views.eventList({ locale: "en", permalink: "events/page/2/index.html", page: 2 })).not.toEqual(
      views.eventList({ locale: "en", permalink: "events/index.html" }),
    );
  });

  it("makes each record page's view from its item: the record of its id, in its language", () => {
    expect(views.organization({ locale: "zh-Hans", id: "cast", permalink: "" })).toEqual(
      organizationPage(site, catalog, "cast", "zh-Hans", locales),
    );
    expect(views.organization({ locale: "zh-Hans", id: "cast", permalink: "" })).not.toEqual(
      organizationPage(site, catalog, "sast", "zh-Hans", locales),
    );
    expect(views.organization({ locale: "zh-Hans", id: "cast", permalink: "" })).not.toEqual(
      organizationPage(site, catalog, "cast", "en", locales),
    );
    const expected = {
      organization: (item: PageItem) => organizationPage(site, catalog, item.id!, item.locale, locales),
      event: (item: PageItem) => eventPage(site, catalog, item.id!, item.locale, locales),
      source: (item: PageItem) => sourcePage(site, catalog, item.id!, item.locale, locales),
      redirect: (item: PageItem) => redirectPage(site, catalog, item, locales),
    } satisfies Record<keyof typeof recordPageItems, unknown>;
    let checked = 0;
    for (const collection of collectionNames) {
      for (const entry of catalog[collection].values()) {
        for (const name of Object.keys(recordPageItems) as (keyof typeof recordPageItems)[]) {
          for (const item of recordPageItems[name](context, entry)) {
            expect(views[name](item), `${name} ${item.id}`).toEqual(expected[name](item));
            checked++;
          }
        }
      }
    }
    // Six records and one former id, in two languages.
    expect(checked).toBe(14);
  });
});

describe("templateGlobals", () => {
  it("gives templates the views, every language's messages and the path prefix", () => {
    const globals = templateGlobals(context);
    expect(Object.keys(globals.views).sort()).toEqual(Object.keys(views).sort());
    expect(globals.messages).toBe(messages);
    expect(globals.site).toEqual({ pathPrefix: "/registry/" });
  });
});
