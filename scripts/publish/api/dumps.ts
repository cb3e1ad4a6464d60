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
 * A dump item as JSON, kept per catalog entry: the same text goes into `all.json` and into the
 * collection's NDJSON dump. (A new catalog has new entries.)
 */
const itemTexts = new KeptPieces<CatalogEntry, string>();

function dumpItemJson(entry: CatalogEntry): string {
  let text = itemTexts.get(entry);
  if (text === undefined) {
    text = JSON.stringify(dumpItem(entry));
    itemTexts.set(entry, text);
  }
  return text;
}

/**
 * `api/v1/all.json`: every record of every collection in one file, as text, and as the document
 * that text holds (for the response check, which then need not parse it back).
 */
export function allRecordsDump(site: SiteConfig, catalog: Catalog): { text: string; document: object } {
  const head = {
    $schema: absoluteUrl(site, sitePaths.responseSchema("all")),
    schemaVersion: apiSchemaVersion,
    updated: catalog.dataUpdated,
    licence: dataLicence,
  };
  const document: Record<string, unknown> = { ...head };
  // Serialised item by item: one string for 100,000 records would be built twice over otherwise.
  const parts = [JSON.stringify(head).slice(0, -1)];
  for (const collection of collectionNames) {
    const entries = dumpOrder(catalog, collection).map((id) => catalog[collection].get(id)! as CatalogEntry);
    document[collection] = entries.map(dumpItem);
    parts.push(`,${JSON.stringify(collection)}:[${entries.map(dumpItemJson).join(",")}]`);
  }
  return { text: `${parts.join("")}}\n`, document };
}

/** `api/v1/<collection>.ndjson`: one dump item per line. */
export function ndjson(catalog: Catalog, collection: CollectionName): string {
  return dumpOrder(catalog, collection)
    .map((id) => `${dumpItemJson(catalog[collection].get(id)! as CatalogEntry)}\n`)
    .join("");
}
