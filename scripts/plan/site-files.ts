import type { Locale } from "../i18n/messages.ts";
import { apiTypesText } from "../outputs/api/api-types.ts";
import { changeDocuments } from "../outputs/api/change-documents.ts";
import { apiIndexDocument, collectionFile } from "../outputs/api/collection-documents.ts";
import { csvDump } from "../outputs/api/csv-dumps.ts";
import { datapackageDocument } from "../outputs/api/datapackage.ts";
import { allRecordsDump, ndjson } from "../outputs/api/dumps.ts";
import { registryDatabase } from "../outputs/api/registry-database.ts";
import { openapiBundle, openapiDocument } from "../outputs/api/openapi.ts";
import { statementsCsv, statementsNdjson } from "../outputs/api/statements.ts";
import { publishedSchemas } from "../outputs/api/published-schemas.ts";
import { eventsCalendar } from "../outputs/feeds/icalendar.ts";
import { changesJsonFeed, eventsJsonFeed } from "../outputs/feeds/json-feeds.ts";
import { changesFeed, eventsFeed } from "../outputs/feeds/rss-feeds.ts";
import type { OutputContext } from "../outputs/output-context.ts";
import { robotsText, sitemapFiles } from "../outputs/sitemap.ts";
import type { ListPaging } from "../paths/list-paging.ts";
import { sitePaths } from "../paths/site-paths.ts";
import { collectionNames } from "../records/collections.ts";
import { dataFile, jsonFile, linesFile, slowDataFile, streamedJsonFile, type PlannedFile } from "./planned-file.ts";

/** What the files of the whole site are made from, beyond the output context. */
export interface SiteFilesSource {
  context: OutputContext;
  locales: readonly Locale[];
  paging: ListPaging;
}

/** A kind of file that draws on many records at once: declared once, made once per build. */
export interface SiteFiles {
  name: string;
  files(source: SiteFilesSource): Iterable<PlannedFile>;
}

/**
 * The files that draw on many records at once: the API's entry point and lists, the bulk dumps,
 * the changes, the schemas, the feeds and calendar of all events, the sitemap. Any edit can
 * change them, so every build and rebuild makes them (and writes only those that changed). The
 * site's own pages and assets are declared beside them (`page-files.ts`, `site-assets.ts`).
 */
export const siteFiles: readonly SiteFiles[] = [
  {
    name: "API entry point",
    files: ({ context }) => [jsonFile(sitePaths.apiIndex, "api-index", () => apiIndexDocument(context), "pretty")],
  },
  {
    name: "collection lists and dumps",
    files: ({ context }) =>
      collectionNames.flatMap((collection) => [
        streamedJsonFile(sitePaths.apiCollection(collection), "collection", () => collectionFile(context, collection)),
        dataFile(sitePaths.apiNdjson(collection), () => ndjson(context, collection)),
        dataFile(sitePaths.apiCsv(collection), () => csvDump(context, collection)),
      ]),
  },
  {
    name: "changes",
    *files({ context }) {
      for (const { sitePath, document } of changeDocuments(context))
        yield jsonFile(sitePath, "changes", () => document);
    },
  },
  {
    name: "every record",
    files: ({ context }) => [streamedJsonFile(sitePaths.apiAll, "all", () => allRecordsDump(context))],
  },
  {
    name: "SQLite database",
    files: ({ context }) => [slowDataFile(sitePaths.apiDatabase, () => registryDatabase(context))],
  },
  {
    name: "Data Package",
    files: ({ context }) => [
      jsonFile(sitePaths.apiDatapackage, undefined, () => datapackageDocument(context), "pretty"),
    ],
  },
  {
    name: "statements: every published value and how it is known",
    files: ({ context }) => [
      dataFile(sitePaths.apiStatementsCsv, () => statementsCsv(context)),
      linesFile(sitePaths.apiStatementsNdjson, () => statementsNdjson(context)),
    ],
  },
  {
    name: "OpenAPI description, its bundle and the TypeScript types",
    files: ({ context }) => [
      jsonFile(sitePaths.apiOpenapi, undefined, () => openapiDocument(context), "pretty"),
      jsonFile(sitePaths.apiOpenapiBundle, undefined, () => openapiBundle(context), "pretty"),
      dataFile(sitePaths.apiTypes, apiTypesText),
    ],
  },
  {
    name: "schemas",
    files: ({ context }) =>
      publishedSchemas(context.site).map((schema) => dataFile(schema.sitePath, () => schema.text)),
  },
  {
    name: "feeds and calendar of all events, and of changes",
    files: ({ context }) => [
      dataFile(sitePaths.eventsFeed, () => eventsFeed(context)),
      dataFile(sitePaths.changesFeed, () => changesFeed(context)),
      jsonFile(sitePaths.eventsJsonFeed, undefined, () => eventsJsonFeed(context), "pretty"),
      jsonFile(sitePaths.changesJsonFeed, undefined, () => changesJsonFeed(context), "pretty"),
      dataFile(sitePaths.eventsCalendar, () => eventsCalendar(context)),
    ],
  },
  {
    name: "sitemap",
    files: ({ context, locales, paging }) => [
      ...sitemapFiles(context, locales, paging).map((file) => dataFile(file.sitePath, () => file.content)),
      dataFile(sitePaths.robots, () => robotsText(context.site)),
    ],
  },
];
