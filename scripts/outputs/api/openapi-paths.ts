import { collectionNames, type CollectionName } from "../../records/collections.ts";
import type { ResponseSchemaName } from "../../records/schema-documents.ts";
import { sitePaths } from "../../paths/site-paths.ts";
import { recordTypeOf } from "../../contract/api-contract.ts";
import type { ApiExamples } from "./openapi-examples.ts";
import {
  binary,
  json,
  jsonOneOf,
  pathsOf,
  text,
  unknownId,
  type AddOperation,
  type Operation,
} from "./openapi-operations.ts";

const collectionTags: Record<CollectionName, string> = {
  organizations: "Organizations: their list, each one's document, history and feed of events, and the bulk files.",
  events:
    "Events: their list, each one's document, history and calendar file, the feed and calendar of all events, and the bulk files.",
  sources: "Sources: their list, each one's document and history, and the bulk files.",
};

/** The tags that group the operations: one per collection, the changes, and the registry as a whole. */
export const apiTags = [
  {
    name: "registry",
    description:
      "The entry point, every record in one file and in one SQLite database, the manifest of every file, and the descriptions of the API: this OpenAPI document, its bundle, the TypeScript types and the Data Package.",
  },
  ...collectionNames.map((collection) => ({ name: collection, description: collectionTags[collection] })),
  { name: "changes", description: "Every change to the records, newest first, in pages and as a feed." },
];

/**
 * The operations of the API, one GET per published file or kind of file, by path. `schema` gives
 * what a response schema is referred to by: its published file, or a component of a bundle.
 */
export function apiPaths(schema: (name: ResponseSchemaName) => object, examples: ApiExamples) {
  const operations = new Map<string, Operation>();
  const add: AddOperation = (path, operation) => operations.set(path, operation);

  add(sitePaths.apiIndex, {
    tag: "registry",
    summary: "Entry point: links to every collection, dump, schema, feed and calendar, the changes and the manifest",
    description:
      "Start here: every other address of the API can be read from this document, with the number of records in each collection, the licence, and when the data last changed.",
    response: json("The entry point.", schema("api-index"), examples.index()),
  });
  for (const collection of collectionNames) addCollection(add, collection, schema, examples);
  for (const collection of collectionNames) {
    const type = recordTypeOf[collection];
    add(sitePaths.apiRecordHistoryTemplate(collection), {
      tag: collection,
      summary: `Every change to one ${type}, newest first`,
      description: `Each change with its commit, date and the fields it touched, their values before and after, and a sentence that says it. \`complete\` is false when the site was built without the full history of the data; the list is then empty. ${unknownId}`,
      response: json("The record's history.", schema("history"), examples.history(collection)),
      parameter: "id",
    });
  }
  add(sitePaths.apiChanges, {
    tag: "changes",
    summary: "The newest changes to the registry, with links to every page",
    description: `The latest changes to any record, newest first, and the address of every page of older ones. Pages are counted from the oldest change, so a full page never changes and can be kept.`,
    response: json("Changes, newest first.", schema("changes"), examples.changes()),
  });
  add(sitePaths.apiChangesPage("{page}"), {
    tag: "changes",
    summary: "One page of changes, counted from the oldest",
    description:
      "Page 1 holds the oldest changes; the changes index lists the address of every page. A page past the last answers 404 with the host's HTML not-found page.",
    response: json("Changes, newest first.", schema("changes"), examples.changesPage()),
    parameter: "page",
  });
  add(sitePaths.apiManifest, {
    tag: "registry",
    summary: "Every published file with its size and SHA-256",
    description:
      "Every other file of the site with its size in bytes and SHA-256, the commit the data was built from and the address the site was built for: a mirror can fetch only the files that changed, and check a copy file by file.",
    response: json("The manifest.", schema("manifest"), examples.manifest()),
  });
  add(sitePaths.apiAll, {
    tag: "registry",
    summary: "Every record of every collection",
    description:
      "Each record as curated, with the dates it was added and last changed, without its relations resolved (each record's own document has them). Organizations and sources by id, events newest first. To read records one at a time, stream the NDJSON files instead.",
    response: json("All records.", schema("all"), examples.all()),
  });
  add(sitePaths.apiDatapackage, {
    tag: "registry",
    summary: "Frictionless Data Package describing the CSV files and the SQLite database",
    description:
      "The columns of each CSV file with their types, and the keys that link the files, for tools that read Data Packages; and the SQLite database, as a file beside them.",
    response: json(
      "A Data Package (https://specs.frictionlessdata.io/data-package/).",
      { type: "object" },
      examples.datapackage(),
    ),
  });
  add(sitePaths.apiDatabase, {
    tag: "registry",
    summary: "The whole registry as one SQLite database",
    description:
      "Every record, list, relation and change in one SQLite 3 file, with primary and foreign keys declared: the collections' tables have the CSV files' columns but the lists, each list and relation is a table of its own, and the change log is in changes and change_fields. The API page describes every table. Save it to a file and open it with any SQLite reader.",
    response: binary("A SQLite 3 database file.", "application/vnd.sqlite3"),
  });
  add(sitePaths.apiStatementsCsv, {
    tag: "registry",
    summary: "Every published value, how it is known, and when it was first and last seen, as CSV",
    description:
      "One row per value an organization or event publishes (a name in one language, a kind, a city, a participant's role…): the record, the value's JSON Pointer, the value, its language, whether a source states it or it is inferred from one (with the reasons), the sources, the date a status holds as of, and the first and latest commits that held it. The Data Package and the API page describe the columns.",
    response: text("CSV with a header row.", "text/csv"),
  });
  add(sitePaths.apiStatementsNdjson, {
    tag: "registry",
    summary: "The same statements, one JSON document per line",
    description: "The rows of statements.csv as JSON lines, in the same order, with values of their own types.",
    response: text("One statement per line; each line follows statement.schema.json.", "application/x-ndjson"),
  });
  add(sitePaths.apiOpenapi, {
    tag: "registry",
    summary: "The OpenAPI 3.1 description, referring to the published schemas",
    description:
      "The description of every published file. Its response schemas are the files under /schemas/api/, referred to by relative address: read it from the site, or use the bundle, which holds them.",
    response: json("The OpenAPI description of every published file.", { type: "object" }),
  });
  add(sitePaths.apiOpenapiBundle, {
    tag: "registry",
    summary: "The same OpenAPI 3.1 description in one file, for code generators",
    description:
      "The OpenAPI description with every schema it uses held in its components, so that it works as a single downloaded file: no reference leads outside it.",
    response: json("The OpenAPI description, self-contained.", { type: "object" }),
  });
  add(sitePaths.apiTypes, {
    tag: "registry",
    summary: "TypeScript types of every JSON document of the API",
    description:
      "Type declarations generated from the response schemas: a type per document (APIEntryPoint, CollectionList, EventDocument, MovedRecord, …), and ApiDocuments, which names each after its schema, to give what you fetch its type.",
    response: text("TypeScript declarations.", "application/typescript"),
  });
  addSubscriptions(add);
  return pathsOf(operations);
}

function addCollection(
  add: AddOperation,
  collection: CollectionName,
  schema: (name: ResponseSchemaName) => object,
  examples: ApiExamples,
) {
  const type = recordTypeOf[collection];
  add(sitePaths.apiCollection(collection), {
    tag: collection,
    summary: `List every ${type}`,
    description: `A summary of every ${type}, withdrawn ones included (with their status), with links to each record and the total. One file however many records: there are no pages.`,
    response: json(`Summaries of every ${type}.`, schema("collection"), examples.collection(collection)),
  });
  add(sitePaths.apiRecordTemplate(collection), {
    tag: collection,
    summary: `One ${type}, with its relations resolved`,
    description: `The ${type}'s record as curated, the dates it was added and last changed, the records it points at and that point at it (as summaries), and links to its page, schema and history. At a renamed record's former id, a stub with \`"status": "moved"\` whose \`links.location\` is the record's address now. ${unknownId}`,
    response: jsonOneOf(
      `The ${type}'s document; at a renamed record's former id, a stub that says where it is now.`,
      [schema(`${type}-document`), schema("moved")],
      examples.record(collection),
    ),
    parameter: "id",
  });
  add(sitePaths.apiNdjson(collection), {
    tag: collection,
    summary: `Every ${type}, one JSON document per line`,
    description: `The ${collection} of all.json, one per line, in the same order: read it line by line rather than as one large document.`,
    response: text("One dump item per line; each line follows dump-item.schema.json.", "application/x-ndjson"),
  });
  add(sitePaths.apiCsv(collection), {
    tag: collection,
    summary: `Every ${type} as CSV, with the columns the Data Package documents`,
    description:
      "One row per record after a header row. The Data Package and the API page describe the columns. Every list is a JSON array in its cell, and an empty cell is a missing value. Text cells that start with =, +, - or @ carry a leading apostrophe so that spreadsheets do not run them as formulas.",
    response: text("CSV with a header row.", "text/csv"),
  });
}

function addSubscriptions(add: AddOperation) {
  const rss = (description: string) => text(description, "application/rss+xml");
  const calendar = (description: string) => text(description, "text/calendar");
  add(sitePaths.eventsFeed, {
    tag: "events",
    summary: "RSS 2.0 feed of the events added last, the latest first",
    description: "An item per event, for feed readers; its guid stays the same when the event is renamed.",
    response: rss("RSS 2.0."),
  });
  add(sitePaths.changesFeed, {
    tag: "changes",
    summary: "RSS 2.0 feed of the newest changes to the records",
    description: "An item per change, saying what changed in which record.",
    response: rss("RSS 2.0."),
  });
  add(sitePaths.organizationFeed("{id}"), {
    tag: "organizations",
    summary: "RSS 2.0 feed of one organization's events",
    description: `The events the organization takes part in. A renamed organization's feed answers at its former ids too; a withdrawn organization has none. ${unknownId}`,
    response: rss("RSS 2.0."),
    parameter: "id",
  });
  add(sitePaths.eventsCalendar, {
    tag: "events",
    summary: "iCalendar file of every event",
    description: "Every event that is not withdrawn, to subscribe to in a calendar application.",
    response: calendar("iCalendar (RFC 5545)."),
  });
  add(sitePaths.eventCalendar("{id}"), {
    tag: "events",
    summary: "iCalendar file of one event",
    description: `The event, to add to a calendar; its UID stays the same when the event is renamed. A withdrawn event has none. ${unknownId}`,
    response: calendar("iCalendar (RFC 5545)."),
    parameter: "id",
  });
}
