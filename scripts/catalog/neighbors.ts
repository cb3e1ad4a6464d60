import { collectionNames, type CollectionName } from "../records/collections.ts";
import { referencesOf } from "../records/references.ts";
import { sameDates, type Catalog } from "./catalog.ts";

/** A record's key across collections: `organizations/sast`. */
export type RecordKey = `${CollectionName}/${string}`;

export const recordKey = (collection: CollectionName, id: string): RecordKey => `${collection}/${id}`;

/**
 * The records whose pages and documents show something of this one (its name, dates, role…):
 * those it points at, and those that point at it, tombstones included (a tombstone's page still
 * shows its parent and its sources). An edit to a record changes their outputs too.
 */
export function neighborsOf(catalog: Catalog, collection: CollectionName, id: string): RecordKey[] {
  const key = recordKey(collection, id);
  return [...neighborsOfAll(catalog, new Set([key])).get(key)!];
}

/**
 * The neighbours of each of the given records, found in one pass over every record's references:
 * a rebuild asks for those of the records an edit changed, in a registry of any size.
 */
function neighborsOfAll(catalog: Catalog, keys: ReadonlySet<RecordKey>): Map<RecordKey, Set<RecordKey>> {
  const neighbors = new Map([...keys].map((key) => [key, new Set<RecordKey>()]));
  for (const collection of collectionNames) {
    for (const entry of catalog[collection].values()) {
      const from = recordKey(collection, entry.id);
      for (const reference of referencesOf(collection, entry.record as never)) {
        const to = recordKey(reference.collection, reference.id);
        neighbors.get(from)?.add(to);
        neighbors.get(to)?.add(from);
      }
    }
  }
  return neighbors;
}

/** The collection and id of a record key. */
export function splitRecordKey(key: RecordKey): [CollectionName, string] {
  const slash = key.indexOf("/");
  return [key.slice(0, slash) as CollectionName, key.slice(slash + 1)];
}

/** Records added, removed, or whose record or dates differ between two catalogs. */
export function changedRecords(before: Catalog, after: Catalog): RecordKey[] {
  const keys: RecordKey[] = [];
  for (const collection of collectionNames) {
    for (const [id, entry] of after[collection]) {
      const old = before[collection].get(id);
      if (!old || old.record !== entry.record || !sameDates(old.dates, entry.dates))
        keys.push(recordKey(collection, id));
    }
    for (const id of before[collection].keys()) if (!after[collection].has(id)) keys.push(recordKey(collection, id));
  }
  return keys;
}

/**
 * The records whose outputs an edit can change: those it changed, and their neighbours in the
 * catalogs before and after it (a record that showed the changed one, or shows it now). A
 * source's date is the date the statuses of the records citing it hold as of, which the pages of
 * their own neighbours show too (an organization's page, its events' statuses): an edited source
 * affects the neighbours of the records that cite it as well.
 */
export function affectedRecords(before: Catalog, after: Catalog, changed: readonly RecordKey[]): Set<RecordKey> {
  const catalogs = [before, after];
  const affected = withNeighbors(catalogs, new Set(changed));
  const sources = new Set(changed.filter((key) => key.startsWith("sources/")));
  if (sources.size === 0) return affected;
  const citing = [...withNeighbors(catalogs, sources)].filter((key) => !sources.has(key));
  for (const key of withNeighbors(catalogs, new Set(citing))) affected.add(key);
  return affected;
}

function withNeighbors(catalogs: readonly Catalog[], keys: ReadonlySet<RecordKey>): Set<RecordKey> {
  const found = new Set(keys);
  for (const catalog of catalogs)
    for (const neighbors of neighborsOfAll(catalog, keys).values()) for (const key of neighbors) found.add(key);
  return found;
}
