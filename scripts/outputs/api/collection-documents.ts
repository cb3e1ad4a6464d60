import type { CatalogEntry } from "../../catalog/catalog.ts";
import { collectionNames, type CollectionName } from "../../records/collections.ts";
import { responseSchemaNames } from "../../records/schema-documents.ts";
import { absoluteUrl } from "../../paths/site-config.ts";
import { sitePaths } from "../../paths/site-paths.ts";
import { apiSchemaVersion, dataLicence, recordTypeOf } from "../../contract/api-contract.ts";
import { summaryOf } from "./summaries.ts";
import { registryDescription, registryTitle } from "./registry-description.ts";
import { dumpEntries, dumpOrder } from "./dumps.ts";
import { cacheSlot } from "../output-cache.ts";
import type { OutputContext } from "../output-context.ts";
import type { MadeFile, OutputPiece } from "../output.ts";

/** `api/v1/<collection>/index.json`: every record's summary, with the total. */
export function collectionDocument(context: OutputContext, collection: CollectionName) {
  const { site, catalog } = context;
  const ids = dumpOrder(catalog, collection);
  return {
    $schema: absoluteUrl(site, sitePaths.responseSchema("collection")),
    schemaVersion: apiSchemaVersion,
    type: recordTypeOf[collection],
    updated: catalog.dataUpdated,
    total: ids.length,
    order: collection === "events" ? "start, newest first" : "id, in code-point order",
    items: ids.map((id) => summaryOf(context, catalog[collection].get(id)!)),
    links: {
      self: absoluteUrl(site, sitePaths.apiCollection(collection)),
      html: absoluteUrl(site, sitePaths.collectionPage(collection)),
      ndjson: absoluteUrl(site, sitePaths.apiNdjson(collection)),
      csv: absoluteUrl(site, sitePaths.apiCsv(collection)),
      schema: absoluteUrl(site, sitePaths.recordSchema(recordTypeOf[collection])),
    },
  };
}

/**
 * The collection document as an output: the same bytes as its compact JSON, put together from
 * each summary's JSON, kept per catalog entry, so that a rebuild serialises and checks only the
 * summaries an edit changed (the list of events is tens of megabytes at 100,000 records).
 */
export function collectionFile(context: OutputContext, collection: CollectionName): MadeFile {
  const { items, links, ...head } = collectionDocument(context, collection);
  return {
    content: {
      *pieces() {
        yield `${JSON.stringify(head).slice(0, -1)},"items":[`;
        let first = true;
        for (const entry of dumpEntries(context.catalog, collection)) {
          if (!first) yield ",";
          first = false;
          yield summaryJson(context, entry);
        }
        yield `],"links":${JSON.stringify(links)}}\n`;
      },
    },
    // Each summary is checked on its own: a summary that passed is not checked again while its entry is unchanged.
    document: { ...head, items: [], links },
    parts: items.map((summary, index) => ({ pointer: `/items/${index}`, schema: "summary", document: summary })),
  };
}

const summaryBytes = cacheSlot<CatalogEntry, OutputPiece>("summary JSON", "rebuilds");

function summaryJson(context: OutputContext, entry: CatalogEntry): OutputPiece {
  return (
    context.cache.get(summaryBytes, entry) ??
    context.cache.keep(summaryBytes, entry, context.cache.piece(JSON.stringify(summaryOf(context, entry))))
  );
}

/** `api/v1/index.json`: the entry point, linking every collection, dump, schema, feed and change. */
export function apiIndexDocument({ site, catalog }: OutputContext) {
  const url = (sitePath: string) => absoluteUrl(site, sitePath);
  return {
    $schema: url(sitePaths.responseSchema("api-index")),
    schemaVersion: apiSchemaVersion,
    title: registryTitle("open data API"),
    description: `${registryDescription(catalog)}: its organizations, events and sources as static JSON files; every record cites its sources.`,
    updated: catalog.dataUpdated,
    licence: dataLicence,
    counts: Object.fromEntries(collectionNames.map((collection) => [collection, catalog[collection].size])),
    collections: Object.fromEntries(
      collectionNames.map((collection) => [
        collection,
        {
          list: url(sitePaths.apiCollection(collection)),
          record: url(sitePaths.apiRecordTemplate(collection)),
          ndjson: url(sitePaths.apiNdjson(collection)),
          csv: url(sitePaths.apiCsv(collection)),
          schema: url(sitePaths.recordSchema(recordTypeOf[collection])),
          html: url(sitePaths.collectionPage(collection)),
          history: url(sitePaths.apiRecordHistoryTemplate(collection)),
        },
      ]),
    ),
    dumps: {
      all: url(sitePaths.apiAll),
      datapackage: url(sitePaths.apiDatapackage),
      database: url(sitePaths.apiDatabase),
      statements: { csv: url(sitePaths.apiStatementsCsv), ndjson: url(sitePaths.apiStatementsNdjson) },
    },
    openapi: url(sitePaths.apiOpenapi),
    openapiBundle: url(sitePaths.apiOpenapiBundle),
    types: url(sitePaths.apiTypes),
    responseSchemas: Object.fromEntries(responseSchemaNames.map((name) => [name, url(sitePaths.responseSchema(name))])),
    changes: url(sitePaths.apiChanges),
    manifest: url(sitePaths.apiManifest),
    feeds: {
      events: url(sitePaths.eventsFeed),
      organization: url(sitePaths.organizationFeed("{id}")),
      changes: url(sitePaths.changesFeed),
    },
    jsonFeeds: { events: url(sitePaths.eventsJsonFeed), changes: url(sitePaths.changesJsonFeed) },
    calendars: { events: url(sitePaths.eventsCalendar), event: url(sitePaths.eventCalendar("{id}")) },
    links: { self: url(sitePaths.apiIndex), html: url(sitePaths.home), documentation: url(sitePaths.apiPage) },
  };
}
