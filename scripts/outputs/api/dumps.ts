import type { Catalog, CatalogEntry } from "../../catalog/catalog.ts";
import { collectionNames, type CollectionName } from "../../records/collections.ts";
import { absoluteUrl } from "../../paths/site-config.ts";
import { sitePaths } from "../../paths/site-paths.ts";
import { apiSchemaVersion, dataLicence, recordTypeOf } from "../../contract/api-contract.ts";
import { cacheSlot } from "../output-cache.ts";
import type { OutputContext } from "../output-context.ts";
import type { CheckedPart, MadeFile, OutputPiece, PieceStream } from "../output.ts";

/** One record in a bulk dump: the record and its dates, without resolved relations. */
export function dumpItem(entry: CatalogEntry) {
  return {
    type: recordTypeOf[entry.collection],
    id: entry.id,
    created: entry.dates.created,
    updated: entry.dates.updated,
    record: entry.record,
  };
}

/** The order records appear in dumps: events newest first, the rest by id. */
export function dumpOrder(catalog: Catalog, collection: CollectionName): readonly string[] {
  return collection === "events" ? catalog.eventsNewestFirst : [...catalog[collection].keys()];
}

/** The catalog entries of a collection in dump order. */
export function* dumpEntries(catalog: Catalog, collection: CollectionName): Generator<CatalogEntry> {
  for (const id of dumpOrder(catalog, collection)) yield catalog[collection].get(id)! as CatalogEntry;
}

/**
 * A dump item, and its JSON (see `OutputCache.piece`), kept per catalog entry for rebuilds: the
 * same piece goes into `all.json` and into the collection's NDJSON dump, and the item, checked
 * against its response schema once, is not checked again while its entry is unchanged. Dumps are
 * written from these pieces: joining them as strings would make a string of hundreds of
 * megabytes, two bytes per character as soon as one record holds Chinese, only to encode it again
 * for hashing and writing. (A new catalog has new entries.)
 */
const keptItems = cacheSlot<CatalogEntry, { item: ReturnType<typeof dumpItem>; json: OutputPiece }>(
  "dump items",
  "rebuilds",
);

function keptItem(
  context: OutputContext,
  entry: CatalogEntry,
): { item: ReturnType<typeof dumpItem>; json: OutputPiece } {
  const kept = context.cache.get(keptItems, entry);
  if (kept) return kept;
  const item = dumpItem(entry);
  return context.cache.keep(keptItems, entry, { item, json: context.cache.piece(JSON.stringify(item)) });
}

/** An entry's dump item: the kept one, or, when pieces are not kept, a new one, not serialised. */
function itemOf(context: OutputContext, entry: CatalogEntry): ReturnType<typeof dumpItem> {
  return context.cache.forRebuilds ? keptItem(context, entry).item : dumpItem(entry);
}

/**
 * `api/v1/all.json`: every record of every collection in one file, as pieces made as they are
 * written; and for its response check, the document without the records, and each record as a
 * part of its own.
 */
export function allRecordsDump(context: OutputContext): MadeFile {
  const { site, catalog } = context;
  const head = {
    $schema: absoluteUrl(site, sitePaths.responseSchema("all")),
    schemaVersion: apiSchemaVersion,
    updated: catalog.dataUpdated,
    licence: dataLicence,
  };
  const document: Record<string, unknown> = { ...head };
  for (const collection of collectionNames) document[collection] = [];
  function* parts(): Generator<CheckedPart> {
    for (const collection of collectionNames) {
      let index = 0;
      for (const entry of dumpEntries(catalog, collection))
        yield {
          pointer: `/${collection}/${index++}`,
          schema: "dump-item",
          document: itemOf(context, entry),
          // Not kept, an item is new on each call: remembering that it passed would only cost memory.
          once: !context.cache.forRebuilds,
        };
    }
  }
  function* pieces(): Generator<OutputPiece> {
    yield JSON.stringify(head).slice(0, -1);
    for (const collection of collectionNames) {
      yield `,${JSON.stringify(collection)}:[`;
      let first = true;
      for (const entry of dumpEntries(catalog, collection)) {
        if (!first) yield ",";
        first = false;
        yield keptItem(context, entry).json;
      }
      yield "]";
    }
    yield "}\n";
  }
  return { content: { pieces }, document, parts: parts() };
}

/** `api/v1/<collection>.ndjson`: one dump item per line, as pieces made as they are written. */
export function ndjson(context: OutputContext, collection: CollectionName): PieceStream {
  return {
    *pieces() {
      for (const entry of dumpEntries(context.catalog, collection)) {
        yield keptItem(context, entry).json;
        yield "\n";
      }
    },
  };
}
