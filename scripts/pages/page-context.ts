import type { Catalog } from "../catalog/catalog.ts";
import type { Locale } from "../i18n/messages.ts";
import type { ListPaging } from "../paths/list-paging.ts";
import type { SearchShards } from "../paths/search-shards.ts";
import type { SiteConfig } from "../paths/site-config.ts";
import { ListOrders } from "./list-orders.ts";

/** What every page is made from, for one build. */
export interface PageContext {
  site: SiteConfig;
  catalog: Catalog;
  /** The languages the pages are published in. */
  locales: readonly Locale[];
  /** How the collection lists are split into pages. */
  paging: ListPaging;
  /** How the search index is split, for the search page to load every part. */
  shards: SearchShards;
  /** The order of each list, worked out once for all of its pages. */
  orders: ListOrders;
}

export function pageContext(
  site: SiteConfig,
  catalog: Catalog,
  locales: readonly Locale[],
  paging: ListPaging,
  shards: SearchShards,
): PageContext {
  return { site, catalog, locales, paging, shards, orders: new ListOrders(site, catalog) };
}
