import { messages } from "../i18n/messages.ts";
import { eventPage } from "./event-page.ts";
import { homePage } from "./home-page.ts";
import { eventListPage, organizationListPage, sourceListPage, type ListSource } from "./list-pages.ts";
import { organizationPage } from "./organization-page.ts";
import type { PageContext } from "./page-context.ts";
import type { PageItem, PageName } from "./page-items.ts";
import { redirectPage } from "./redirect-page.ts";
import { sourcePage } from "./source-page.ts";
import { apiPage } from "./api-page.ts";
import { aboutPage, notFoundPage, searchPage } from "./static-pages.ts";

/** What each kind of page shows of an item, computed from the catalog while the page renders. */
export type PageViews = Record<PageName, (item: PageItem) => unknown>;

export function pageViews(context: PageContext): PageViews {
  const { site, catalog, locales } = context;
  const list = (item: PageItem): ListSource => ({
    site,
    catalog,
    paging: context.paging,
    orders: context.orders,
    locale: item.locale,
    published: locales,
  });
  return {
    home: (item) => homePage(site, catalog, item.locale, locales),
    organizationList: (item) => organizationListPage(list(item), item.page ?? 1),
    eventList: (item) => eventListPage(list(item), item.page ?? 1),
    sourceList: (item) => sourceListPage(list(item), item.page ?? 1),
    organization: (item) => organizationPage(site, catalog, item.id!, item.locale, locales),
    event: (item) => eventPage(site, catalog, item.id!, item.locale, locales),
    source: (item) => sourcePage(site, catalog, item.id!, item.locale, locales),
    api: (item) => apiPage(site, catalog, item.locale, locales),
    about: (item) => aboutPage(site, catalog, item.locale, locales),
    notFound: (item) => notFoundPage(site, catalog, item.locale, locales),
    redirect: (item) => redirectPage(site, catalog, item, locales),
    search: (item) => searchPage(site, catalog, context.shards, item.locale, locales),
  };
}

/** The data every page template receives besides its item: Eleventy's global data, or the same from `npm run build`. */
export function templateGlobals(context: PageContext) {
  return { views: pageViews(context), messages, site: { pathPrefix: context.site.pathPrefix } };
}
