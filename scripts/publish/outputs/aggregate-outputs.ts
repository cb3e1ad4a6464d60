import type { Catalog } from "../../catalog/catalog.ts";
import type { Locale } from "../../i18n/messages.ts";
import { collectionNames } from "../../records/collections.ts";
import type { SiteConfig } from "../../site-config.ts";
import { changeDocuments } from "../api/change-documents.ts";
import { apiIndexDocument, collectionDocument } from "../api/collection-documents.ts";
import { csvDump } from "../api/csv-dumps.ts";
import { datapackageDocument } from "../api/datapackage.ts";
import { allRecordsDump, ndjson } from "../api/dumps.ts";
import { openapiDocument } from "../api/openapi.ts";
import { publishedSchemas } from "../api/published-schemas.ts";
import { eventsCalendar } from "../feeds/icalendar.ts";
import { changesFeed, eventsFeed } from "../feeds/rss-feeds.ts";
import { robotsText, sitemapFiles } from "../sitemap.ts";
import { sitePaths } from "../site-paths.ts";
import { jsonOutput, type Output } from "./output.ts";

/**
 * The files that draw on many records at once: the API's entry point and lists, the bulk
 * dumps, the changes, the feeds and calendar of all events, the sitemap. Any edit can change
 * them, so every build and rebuild regenerates them (and writes only those that changed).
 */
export function aggregateOutputs(site: SiteConfig, catalog: Catalog, locales: readonly Locale[]): Output[] {
  const outputs: Output[] = [jsonOutput(sitePaths.apiIndex, apiIndexDocument(site, catalog), "api-index", "pretty")];
  for (const collection of collectionNames) {
    outputs.push(
      jsonOutput(sitePaths.apiCollection(collection), collectionDocument(site, catalog, collection), "collection"),
      { sitePath: sitePaths.apiNdjson(collection), content: ndjson(catalog, collection) },
      { sitePath: sitePaths.apiCsv(collection), content: csvDump(site, catalog, collection) },
    );
  }
  for (const { sitePath, document } of changeDocuments(site, catalog))
    outputs.push(jsonOutput(sitePath, document, "changes"));
  const all = allRecordsDump(site, catalog);
  outputs.push(
    { sitePath: sitePaths.apiAll, content: all.text, check: { schema: "all", document: all.document } },
    jsonOutput(sitePaths.apiDatapackage, datapackageDocument(site, catalog), undefined, "pretty"),
    jsonOutput(sitePaths.apiOpenapi, openapiDocument(site, catalog), undefined, "pretty"),
    ...publishedSchemas(site).map((schema) => ({ sitePath: schema.sitePath, content: schema.text })),
    { sitePath: sitePaths.eventsFeed, content: eventsFeed(site, catalog) },
    { sitePath: sitePaths.changesFeed, content: changesFeed(site, catalog) },
    { sitePath: sitePaths.eventsCalendar, content: eventsCalendar(site, catalog) },
    ...sitemapFiles(site, catalog, locales).map((file) => ({ sitePath: file.sitePath, content: file.text })),
    { sitePath: sitePaths.robots, content: robotsText(site) },
  );
  return outputs;
}
