import type { CollectionName } from "../records/collections.ts";

/**
 * Every published path, relative to the site root and without a leading slash. Ids are
 * validated against `^[a-z0-9]+(?:-[a-z0-9]+)*$` before they get here, so a path can never
 * leave the output folder.
 */
export const sitePaths = {
  home: "",
  /** A page of a collection's list: the first at `events/`, the next ones at `events/page/2/`, … */
  collectionPage: (collection: CollectionName, page = 1) =>
    page === 1 ? `${collection}/` : `${collection}/page/${page}/`,
  recordPage: (collection: CollectionName, id: string) => `${collection}/${id}/`,
  apiIndex: "api/v1/index.json",
  apiCollection: (collection: CollectionName) => `api/v1/${collection}/index.json`,
  apiRecord: (collection: CollectionName, id: string) => `api/v1/${collection}/${id}.json`,
  apiRecordTemplate: (collection: CollectionName) => `api/v1/${collection}/{id}.json`,
  apiRecordHistory: (collection: CollectionName, id: string) => `api/v1/${collection}/${id}/history.json`,
  apiRecordHistoryTemplate: (collection: CollectionName) => `api/v1/${collection}/{id}/history.json`,
  apiChanges: "api/v1/changes/index.json",
  apiChangesPage: (page: number | string) => `api/v1/changes/page-${page}.json`,
  apiManifest: "api/v1/manifest.json",
  apiAll: "api/v1/all.json",
  apiNdjson: (collection: CollectionName) => `api/v1/${collection}.ndjson`,
  apiCsv: (collection: CollectionName) => `api/v1/${collection}.csv`,
  apiDatapackage: "api/v1/datapackage.json",
  apiDatabase: "api/v1/registry.sqlite",
  apiStatementsCsv: "api/v1/statements.csv",
  apiStatementsNdjson: "api/v1/statements.ndjson",
  apiOpenapi: "api/v1/openapi.json",
  apiOpenapiBundle: "api/v1/openapi.bundle.json",
  apiTypes: "api/v1/types.d.ts",
  recordSchema: (name: string) => `schemas/${name}.schema.json`,
  responseSchema: (name: string) => `schemas/api/${name}.schema.json`,
  eventsFeed: "feeds/events.xml",
  changesFeed: "feeds/changes.xml",
  eventsJsonFeed: "feeds/events.json",
  changesJsonFeed: "feeds/changes.json",
  sitemapIndex: "sitemap.xml",
  sitemap: (page: number) => `sitemaps/${page}.xml`,
  robots: "robots.txt",
  organizationFeed: (id: string) => `feeds/organizations/${id}.xml`,
  eventsCalendar: "calendar/events.ics",
  eventCalendar: (id: string) => `calendar/events/${id}.ics`,
  apiPage: "api/",
  searchPage: "search/",
  searchIndex: "pagefind/",
  aboutPage: "about/",
} as const;

/** The file a page path is written to: `x/` becomes `x/index.html`. */
export function pageFile(pagePath: string): string {
  return pagePath === "" || pagePath.endsWith("/") ? `${pagePath}index.html` : pagePath;
}
