import type { Catalog } from "../catalog/catalog.ts";
import type { Locale } from "../i18n/messages.ts";
import { collectionNames, perCollection, type CollectionName } from "../records/collections.ts";
import { sitePaths } from "../publish/site-paths.ts";
import type { SiteConfig } from "../site-config.ts";
import { pageLinks } from "./page-links.ts";

/**
 * Records per page of a collection's list. At 100,000 records one list of every event was 13 MB
 * of HTML; a page of 200 events is about 37 KB (5 KB compressed), quick to load and to read with a
 * screen reader, and a list of 75,000 events still fits in under 400 pages.
 */
export const defaultListPageSize = 200;

/** How each collection's list is split into pages: the first at `events/`, then `events/page/2/`, … */
export interface ListPaging {
  /** How many pages the list has: at least one, which says so when the list is empty. */
  pages(collection: CollectionName): number;
  /** The first and last index (exclusive) of a page's records in the list's order. */
  range(page: number): { start: number; end: number };
}

export function listPaging(catalog: Catalog, pageSize = defaultListPageSize): ListPaging {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`list pages: ${pageSize} records per page`);
  const counts = perCollection((collection) => Math.max(1, Math.ceil(catalog.liveIds[collection].length / pageSize)));
  return {
    pages: (collection) => counts[collection],
    range: (page) => ({ start: (page - 1) * pageSize, end: page * pageSize }),
  };
}

/** Every list page's site path, collection by collection, each list's pages in order. */
export function* listPagePaths(
  paging: ListPaging,
): Generator<{ collection: CollectionName; page: number; sitePath: string }> {
  for (const collection of collectionNames) {
    for (let page = 1; page <= paging.pages(collection); page++)
      yield { collection, page, sitePath: sitePaths.collectionPage(collection, page) };
  }
}

/** A link in a list's page navigation; `gap` stands for pages left out between two links. */
export type PageNavItem = { page: number; href: string; current: boolean } | { gap: true };

/** The navigation between the pages of a list, for a list of more than one page. */
export interface PageNav {
  page: number;
  pages: number;
  previous?: string;
  next?: string;
  items: PageNavItem[];
}

/** Pages linked on either side of the current one; the first and the last are always linked. */
const pagesAround = 2;

export function pageNav(
  site: SiteConfig,
  locale: Locale,
  collection: CollectionName,
  page: number,
  pages: number,
): PageNav | undefined {
  if (pages <= 1) return undefined;
  const href = (number: number) => pageLinks(site, locale, sitePaths.collectionPage(collection, number)).href;
  const link = (number: number): PageNavItem => ({ page: number, href: href(number), current: number === page });
  const shown = new Set([1, pages]);
  for (let number = page - pagesAround; number <= page + pagesAround; number++)
    if (number >= 1 && number <= pages) shown.add(number);
  const items: PageNavItem[] = [];
  let before = 0;
  for (const number of [...shown].sort((a, b) => a - b)) {
    // A gap of one page shows that page: "…" would take as much room as its number.
    if (number - before === 2) items.push(link(before + 1));
    else if (number - before > 2) items.push({ gap: true });
    items.push(link(number));
    before = number;
  }
  return {
    page,
    pages,
    ...(page > 1 ? { previous: href(page - 1) } : {}),
    ...(page < pages ? { next: href(page + 1) } : {}),
    items,
  };
}
