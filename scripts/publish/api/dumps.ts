import type { Catalog, CatalogEntry } from "../../catalog/catalog.ts";
import { collectionNames, type CollectionName } from "../../records/collections.ts";
import { absoluteUrl, type SiteConfig } from "../../site-config.ts";
import { sitePaths } from "../site-paths.ts";
import { apiSchemaVersion, dataLicence, recordTypeOf } from "./api-contract.ts";
import { KeptPieces } from "../kept-pieces.ts";
import type { CheckedPart, ResponseCheck } from "../checks/check-output.ts";

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

/**
 * A dump item, and the same as UTF-8 JSON, kept per catalog entry: the same bytes go into
 * `all.json` and into the collection's NDJSON dump, and the item, checked against its response
 * schema once, is not checked again while its entry is unchanged. Dumps are written from these
 * pieces: joining them as strings would make a string of hundreds of megabytes, two bytes per
 * character as soon as one record holds Chinese, only to encode it again for hashing and writing.
 * (A new catalog has new entries.)
 */
const keptItems = new KeptPieces<CatalogEntry, { item: ReturnType<typeof dumpItem>; json: Buffer }>();

function keptItem(entry: CatalogEntry): { item: ReturnType<typeof dumpItem>; json: Buffer } {
  let kept = keptItems.get(entry);
  if (kept === undefined) {
    const item = dumpItem(entry);
    kept = { item, json: Buffer.from(JSON.stringify(item)) };
    keptItems.set(entry, kept);
  }
  return kept;
}

const comma = Buffer.from(",");
const newline = Buffer.from("\n");

/**
 * `api/v1/all.json`: every record of every collection in one file, as pieces of bytes; and for
 * its response check, the document without the records, and each record as a part of its own.
 */
export function allRecordsDump(site: SiteConfig, catalog: Catalog): { pieces: Buffer[]; check: ResponseCheck } {
  const head = {
    $schema: absoluteUrl(site, sitePaths.responseSchema("all")),
    schemaVersion: apiSchemaVersion,
    updated: catalog.dataUpdated,
    licence: dataLicence,
  };
  const document: Record<string, unknown> = { ...head };
  const parts: CheckedPart[] = [];
  const pieces: Buffer[] = [Buffer.from(JSON.stringify(head).slice(0, -1))];
  for (const collection of collectionNames) {
    document[collection] = [];
    pieces.push(Buffer.from(`,${JSON.stringify(collection)}:[`));
    for (const [index, id] of dumpOrder(catalog, collection).entries()) {
      const { item, json } = keptItem(catalog[collection].get(id)! as CatalogEntry);
      if (index > 0) pieces.push(comma);
      pieces.push(json);
      parts.push({ pointer: `/${collection}/${index}`, schema: "dump-item", document: item });
    }
    pieces.push(Buffer.from("]"));
  }
  pieces.push(Buffer.from("}\n"));
  return { pieces, check: { schema: "all", document, parts } };
}

/** `api/v1/<collection>.ndjson`: one dump item per line, as pieces of bytes. */
export function ndjson(catalog: Catalog, collection: CollectionName): Buffer[] {
  return dumpOrder(catalog, collection).flatMap((id) => [
    keptItem(catalog[collection].get(id)! as CatalogEntry).json,
    newline,
  ]);
}
