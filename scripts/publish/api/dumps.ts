import type { Catalog, CatalogEntry } from "../../catalog/catalog.ts";
import { collectionNames, type CollectionName } from "../../records/collections.ts";
import { absoluteUrl, type SiteConfig } from "../../site-config.ts";
import { sitePaths } from "../site-paths.ts";
import { apiSchemaVersion, dataLicence, recordTypeOf } from "./api-contract.ts";

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

/** `api/v1/all.json`: every record of every collection in one file. */
export function allRecordsJson(site: SiteConfig, catalog: Catalog): string {
  const head = {
    $schema: absoluteUrl(site, sitePaths.responseSchema("all")),
    schemaVersion: apiSchemaVersion,
    updated: catalog.dataUpdated,
    licence: dataLicence,
  };
  // Serialised item by item: one string for 100,000 records would be built twice over otherwise.
  const parts = [JSON.stringify(head).slice(0, -1)];
  for (const collection of collectionNames) {
    const items = dumpOrder(catalog, collection).map((id) => JSON.stringify(dumpItem(catalog[collection].get(id)!)));
    parts.push(`,${JSON.stringify(collection)}:[${items.join(",")}]`);
  }
  return `${parts.join("")}}\n`;
}

/** `api/v1/<collection>.ndjson`: one dump item per line. */
export function ndjson(catalog: Catalog, collection: CollectionName): string {
  return dumpOrder(catalog, collection)
    .map((id) => `${JSON.stringify(dumpItem(catalog[collection].get(id)!))}\n`)
    .join("");
}
