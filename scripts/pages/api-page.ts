import path from "node:path";
import type { Catalog } from "../catalog/catalog.ts";
import { fill, messagesFor, type Locale } from "../i18n/messages.ts";
import { csvColumns } from "../contract/csv-columns.ts";
import { statementColumns } from "../contract/statement-columns.ts";
import { recordTypeOf } from "../contract/api-contract.ts";
import { eventIdentifierPattern } from "../contract/stable-identifiers.ts";
import { collectionNames, type CollectionName } from "../records/collections.ts";
import { sitePaths } from "../paths/site-paths.ts";
import { absoluteUrl, type SiteConfig } from "../paths/site-config.ts";
import { databaseSection, type DatabaseSection } from "./database-section.ts";
import { pageFrame, type PageFrame } from "./page-frame.ts";
import { siteDescription } from "./registry-intro.ts";

export interface Endpoint {
  url: string;
  returns: string;
  example: string;
  /** The name to save a file under that a terminal should not print (the SQLite database). */
  saveAs?: string;
  schema?: string;
}

export interface ApiPage {
  frame: PageFrame;
  entryPoint: string;
  endpoints: Endpoint[];
  columns: { collection: CollectionName; columns: { name: string; type: string; description: string }[] }[];
  database: DatabaseSection;
  /** The columns of `statements.csv`. */
  statementColumns: { name: string; type: string; description: string }[];
  /** Sections after the endpoints, each with its anchor. */
  notes: { id: string; title: string; text: string }[];
}

/** The API page lists every published endpoint, each with a command to copy. */
export function apiPage(site: SiteConfig, catalog: Catalog, locale: Locale, published: readonly Locale[]): ApiPage {
  const words = messagesFor(locale);
  const describes = words.apiPage.describes;
  const url = (sitePath: string) => absoluteUrl(site, sitePath);
  const schema = (name: string) => url(sitePaths.responseSchema(name));
  const firstId = (collection: CollectionName) => catalog.liveIds[collection][0];
  const endpoint = (sitePath: string, returns: string, example = sitePath, schemaName?: string): Endpoint => ({
    url: url(sitePath),
    returns,
    example: url(example),
    ...(schemaName ? { schema: schema(schemaName) } : {}),
  });
  const endpoints: Endpoint[] = [endpoint(sitePaths.apiIndex, describes.index, sitePaths.apiIndex, "api-index")];
  for (const collection of collectionNames) {
    const type = { type: words.recordNouns[collection] };
    const id = firstId(collection);
    const documentName = `${recordTypeOf[collection]}-document`;
    endpoints.push(
      endpoint(
        sitePaths.apiCollection(collection),
        fill(describes.list, type),
        sitePaths.apiCollection(collection),
        "collection",
      ),
      endpoint(
        sitePaths.apiRecordTemplate(collection),
        fill(describes.record, type),
        id ? sitePaths.apiRecord(collection, id) : sitePaths.apiRecordTemplate(collection),
        documentName,
      ),
      endpoint(
        sitePaths.apiRecordHistoryTemplate(collection),
        fill(describes.history, type),
        id ? sitePaths.apiRecordHistory(collection, id) : sitePaths.apiRecordHistoryTemplate(collection),
        "history",
      ),
      endpoint(
        sitePaths.apiNdjson(collection),
        fill(describes.ndjson, type),
        sitePaths.apiNdjson(collection),
        "dump-item",
      ),
      endpoint(sitePaths.apiCsv(collection), fill(describes.csv, type)),
    );
  }
  const organization = firstId("organizations");
  const event = firstId("events");
  endpoints.push(
    endpoint(sitePaths.apiAll, describes.all, sitePaths.apiAll, "all"),
    endpoint(sitePaths.apiDatapackage, describes.datapackage),
    { ...endpoint(sitePaths.apiDatabase, describes.database), saveAs: path.posix.basename(sitePaths.apiDatabase) },
    endpoint(sitePaths.apiStatementsCsv, describes.statementsCsv),
    endpoint(sitePaths.apiStatementsNdjson, describes.statementsNdjson, sitePaths.apiStatementsNdjson, "statement"),
    endpoint(sitePaths.apiOpenapi, describes.openapi),
    endpoint(sitePaths.apiOpenapiBundle, describes.openapiBundle),
    endpoint(sitePaths.apiTypes, describes.types),
    endpoint(sitePaths.apiChanges, describes.changes, sitePaths.apiChanges, "changes"),
    endpoint(sitePaths.apiChangesPage("{page}"), describes.changesPage, sitePaths.apiChangesPage(1), "changes"),
    endpoint(sitePaths.apiManifest, describes.manifest, sitePaths.apiManifest, "manifest"),
    endpoint(sitePaths.eventsFeed, describes.eventsFeed),
    endpoint(
      sitePaths.organizationFeed("{id}"),
      describes.organizationFeed,
      organization ? sitePaths.organizationFeed(organization) : sitePaths.organizationFeed("{id}"),
    ),
    endpoint(sitePaths.changesFeed, describes.changesFeed),
    endpoint(sitePaths.eventsJsonFeed, describes.eventsJsonFeed),
    endpoint(sitePaths.changesJsonFeed, describes.changesJsonFeed),
    endpoint(sitePaths.eventsCalendar, describes.calendar),
    endpoint(
      sitePaths.eventCalendar("{id}"),
      describes.eventCalendar,
      event ? sitePaths.eventCalendar(event) : sitePaths.eventCalendar("{id}"),
    ),
    endpoint(sitePaths.recordSchema("{name}"), describes.schemas, sitePaths.recordSchema("organization")),
  );
  return {
    frame: pageFrame(
      site,
      {
        locale,
        sitePath: sitePaths.apiPage,
        title: words.apiPage.title,
        description: siteDescription(catalog, locale),
        section: "api",
        json: url(sitePaths.apiIndex),
      },
      published,
    ),
    entryPoint: url(sitePaths.apiIndex),
    endpoints,
    columns: collectionNames.map((collection) => ({
      collection,
      columns: csvColumns[collection].map(({ name, type, description }) => ({ name, type, description })),
    })),
    database: databaseSection(site, locale),
    statementColumns: statementColumns.map(({ name, type, description }) => ({ name, type, description })),
    notes: [
      {
        id: "identifiers",
        title: words.apiPage.notes.identifiers.title,
        text: fill(words.apiPage.notes.identifiers.text, { uid: eventIdentifierPattern }),
      },
      // The anchor the JSON Feeds' _event extension names as where it is described.
      { id: "feeds", ...words.apiPage.notes.jsonFeeds },
      { id: "rss-text", ...words.apiPage.notes.rssText },
    ],
  };
}
