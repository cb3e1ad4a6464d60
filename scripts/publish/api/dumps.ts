import type { Catalog, CatalogEntry } from "../../catalog/catalog.ts";
import { collectionNames, type CollectionName } from "../../records/collections.ts";
import { absoluteUrl, type SiteConfig } from "../../site-config.ts";
import { sitePaths } from "../site-paths.ts";
import { apiSchemaVersion, dataLicence, recordTypeOf } from "./api-contract.ts";
import { KeptPieces } from "../kept-pieces.ts";

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
 * A dump item as UTF-8 JSON, kept per catalog entry: the same bytes go into `all.json` and into
 * the collection's NDJSON dump. Dumps are put together from bytes: joining the items as strings
 * would make a string of hundreds of megabytes, two bytes per character as soon as one record
 * holds Chinese, only to encode it again for hashing and writing. (A new catalog has new entries.)
 */
const itemJson = new KeptPieces<CatalogEntry, Buffer>();

function dumpItemJson(entry: CatalogEntry): Buffer {
  let json = itemJson.get(entry);
  if (json === undefined) {
    json = Buffer.from(JSON.stringify(dumpItem(entry)));
    itemJson.set(entry, json);
  }
  return json;
}

const comma = Buffer.from(",");
const newline = Buffer.from("\n");

/**
 * `api/v1/all.json`: every record of every collection in one file, as bytes, and as the document
 * they hold (for the response check, which then need not parse them back).
 */
export function allRecordsDump(site: SiteConfig, catalog: Catalog): { bytes: Buffer; document: object } {
  const head = {
    $schema: absoluteUrl(site, sitePaths.responseSchema("all")),
    schemaVersion: apiSchemaVersion,
    updated: catalog.dataUpdated,
    licence: dataLicence,
  };
  const document: Record<string, unknown> = { ...head };
  const parts: Buffer[] = [Buffer.from(JSON.stringify(head).slice(0, -1))];
  for (const collection of collectionNames) {
    const entries = dumpOrder(catalog, collection).map((id) => catalog[collection].get(id)! as CatalogEntry);
    document[collection] = entries.map(dumpItem);
    parts.push(Buffer.from(`,${JSON.stringify(collection)}:[`));
    for (const [index, entry] of entries.entries()) {
      if (index > 0) parts.push(comma);
      parts.push(dumpItemJson(entry));
    }
    parts.push(Buffer.from("]"));
  }
  parts.push(Buffer.from("}\n"));
  return { bytes: Buffer.concat(parts), document };
}

/** `api/v1/<collection>.ndjson`: one dump item per line. */
export function ndjson(catalog: Catalog, collection: CollectionName): Buffer {
  return Buffer.concat(
    dumpOrder(catalog, collection).flatMap((id) => [
      dumpItemJson(catalog[collection].get(id)! as CatalogEntry),
      newline,
    ]),
  );
}
