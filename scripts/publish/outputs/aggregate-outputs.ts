import type { Catalog } from "../../catalog/catalog.ts";
import type { Locale } from "../../i18n/messages.ts";
import { collectionNames } from "../../records/collections.ts";
import type { SiteConfig } from "../../site-config.ts";
import { changeDocuments } from "../api/change-documents.ts";
import { apiIndexDocument, collectionOutput } from "../api/collection-documents.ts";
import { csvDump } from "../api/csv-dumps.ts";
import { datapackageDocument } from "../api/datapackage.ts";
import { allRecordsDump, ndjson } from "../api/dumps.ts";
import { openapiDocument } from "../api/openapi.ts";
import { publishedSchemas } from "../api/published-schemas.ts";
import { eventsCalendar } from "../feeds/icalendar.ts";
import { changesFeed, eventsFeed } from "../feeds/rss-feeds.ts";
import type { ListPaging } from "../../pages/list-paging.ts";
import { robotsText, sitemapFiles } from "../sitemap.ts";
import { sitePaths } from "../site-paths.ts";
import { jsonOutput, type Output } from "./output.ts";

/**
 * The files that draw on many records at once: the API's entry point and lists, the bulk
 * dumps, the changes, the feeds and calendar of all events, the sitemap. Any edit can change
 * them, so every build and rebuild regenerates them (and writes only those that changed).
 * Made one after another as they are asked for, so that a build can write each (a dump of a
 * large registry is hundreds of megabytes) before the next is made.
 */
export function* aggregateOutputs(
  site: SiteConfig,
  catalog: Catalog,
  locales: readonly Locale[],
  paging: ListPaging,
): Generator<Output> {
  yield jsonOutput(sitePaths.apiIndex, apiIndexDocument(site, catalog), "api-index", "pretty");
  for (const collection of collectionNames) {
    yield collectionOutput(site, catalog, collection);
    yield { sitePath: sitePaths.apiNdjson(collection), content: ndjson(catalog, collection) };
    yield { sitePath: sitePaths.apiCsv(collection), content: csvDump(site, catalog, collection) };
  }
  for (const { sitePath, document } of changeDocuments(site, catalog)) yield jsonOutput(sitePath, document, "changes");
  const all = allRecordsDump(site, catalog);
  yield { sitePath: sitePaths.apiAll, content: all.content, check: all.check };
  yield jsonOutput(sitePaths.apiDatapackage, datapackageDocument(site, catalog), undefined, "pretty");
  yield jsonOutput(sitePaths.apiOpenapi, openapiDocument(site, catalog), undefined, "pretty");
  for (const schema of publishedSchemas(site)) yield { sitePath: schema.sitePath, content: schema.text };
  yield { sitePath: sitePaths.eventsFeed, content: eventsFeed(site, catalog) };
  yield { sitePath: sitePaths.changesFeed, content: changesFeed(site, catalog) };
  yield { sitePath: sitePaths.eventsCalendar, content: eventsCalendar(site, catalog) };
  for (const file of sitemapFiles(site, catalog, locales, paging))
    yield { sitePath: file.sitePath, content: file.content };
  yield { sitePath: sitePaths.robots, content: robotsText(site) };
}
