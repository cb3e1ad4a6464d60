/**
 * Data whose search index has an empty shard, made deterministically from any valid data folder:
 * the records that fall in one shard are withdrawn, and the records per shard are chosen so that
 * what stays live still makes the same number of shards, each record in the shard it was in.
 */
import fs from "node:fs";
import path from "node:path";
import type { Catalog } from "../../scripts/catalog/catalog.ts";
import { recordKey } from "../../scripts/catalog/neighbors.ts";
import { loadValidCatalog } from "../../scripts/catalog/load-catalog.ts";
import { searchShards } from "../../scripts/paths/search-shards.ts";
import { formatCanonicalJson, keyOrderFor } from "../../scripts/records/canonical-json.ts";
import { collectionNames, schemaNameOf, type CollectionName } from "../../scripts/records/collections.ts";

export interface RecordId {
  collection: CollectionName;
  id: string;
}

/** The catalog of a data folder that must be valid. */
export function catalogOf(dataDir: string): Catalog {
  return loadValidCatalog(dataDir);
}

/** The live records, by the shard they fall in when the index comes in shards of the given size. */
export function liveByShard(catalog: Catalog, searchShardRecords: number): RecordId[][] {
  const shards = searchShards(catalog, searchShardRecords);
  const byShard = Array.from({ length: shards.count }, () => [] as RecordId[]);
  for (const collection of collectionNames) {
    for (const entry of catalog[collection].values()) {
      if (entry.live) byShard[shards.shardOf(recordKey(collection, entry.id))]!.push({ collection, id: entry.id });
    }
  }
  return byShard;
}

/** How many records are live (not withdrawn). */
function liveCount(catalog: Catalog): number {
  return collectionNames.reduce(
    (sum, collection) => sum + [...catalog[collection].values()].filter((entry) => entry.live).length,
    0,
  );
}

/** Sets `"status": "withdrawn"` in the files of the given records. */
export function withdraw(dataDir: string, records: readonly RecordId[]): void {
  for (const { collection, id } of records) {
    const file = path.join(dataDir, collection, `${id}.json`);
    const record = { ...(JSON.parse(fs.readFileSync(file, "utf8")) as object), status: "withdrawn" };
    fs.writeFileSync(file, formatCanonicalJson(record, keyOrderFor(schemaNameOf[collection])));
  }
}

/** Records per shard that split the catalog's live records into exactly `count` shards. */
function recordsPerShard(catalog: Catalog, count: number): number {
  const live = liveCount(catalog);
  const shardRecords = Math.max(1, Math.ceil(live / count));
  const made = searchShards(catalog, shardRecords).count;
  if (made !== count) throw new Error(`${live} live records cannot make ${count} shards (they make ${made})`);
  return shardRecords;
}

/**
 * Withdraws, in the data folder itself, every live record that falls in `shard` when the index
 * comes in `count` shards. Returns the records per shard that make `count` shards of what stays
 * live, those records by shard and the catalog, after checking that `shard` is then the one empty shard.
 */
export function withdrawShard(
  dataDir: string,
  count: number,
  shard: number,
): { searchShardRecords: number; live: RecordId[][]; catalog: Catalog } {
  const before = catalogOf(dataDir);
  withdraw(dataDir, liveByShard(before, recordsPerShard(before, count))[shard]!);
  const after = catalogOf(dataDir);
  const searchShardRecords = recordsPerShard(after, count);
  const live = liveByShard(after, searchShardRecords);
  const empty = live.flatMap((records, index) => (records.length === 0 ? [index] : []));
  if (empty.length !== 1 || empty[0] !== shard)
    throw new Error(`withdrawing shard ${shard} of ${count} left shards [${empty.join(", ")}] empty`);
  return { searchShardRecords, live, catalog: after };
}

/**
 * The largest number of records per shard (the fewest shards, at least two) at which withdrawing
 * every record of `shard` leaves the number of shards as it is: a rebuild then re-indexes that
 * shard alone, rather than every shard as it does when the number changes.
 */
export function shardRecordsKeepingCount(catalog: Catalog, shard: number): number {
  const live = liveCount(catalog);
  for (let shardRecords = live - 1; shardRecords >= 1; shardRecords--) {
    const byShard = liveByShard(catalog, shardRecords);
    const left = live - (byShard[shard]?.length ?? 0);
    if (left < live && Math.ceil(left / shardRecords) === byShard.length) return shardRecords;
  }
  throw new Error(`no number of records per shard lets shard ${shard} empty with the number of shards kept`);
}
