import type { Catalog } from "../catalog/catalog.ts";
import { collectionNames, perCollection, type CollectionName } from "../records/collections.ts";
import { sitePaths } from "./site-paths.ts";

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
