import { collectionNames, type CollectionName } from "../records/collections.ts";
import { referencesOf } from "../records/references.ts";
import type { Catalog } from "./catalog.ts";

/** A record's key across collections: `organizations/sast`. */
export type RecordKey = `${CollectionName}/${string}`;

export const recordKey = (collection: CollectionName, id: string): RecordKey => `${collection}/${id}`;

/**
 * The records whose pages and documents show something of this one (its name, dates, role…):
 * those it points at, and those that point at it. An edit to a record changes their outputs too.
 */
export function neighborsOf(catalog: Catalog, collection: CollectionName, id: string): RecordKey[] {
  const entry = catalog[collection].get(id);
  if (!entry) return [];
  const keys: RecordKey[] = referencesOf(collection, entry.record as never).map((reference) =>
    recordKey(reference.collection, reference.id),
  );
  for (const predecessor of catalog.predecessors[collection].get(id) ?? [])
    keys.push(recordKey(collection, predecessor));
  if (collection === "organizations") {
    const relations = catalog.organizationRelations.get(id)!;
    keys.push(
      ...relations.children.map((child) => recordKey("organizations", child)),
      ...relations.events.map(({ event }) => recordKey("events", event)),
      ...relations.speakerAt.map((event) => recordKey("events", event)),
      ...relations.published.map((source) => recordKey("sources", source)),
    );
  }
  if (collection === "sources") {
    keys.push(
      ...catalog.sourceRelations.get(id)!.citedBy.map((citation) => recordKey(citation.collection, citation.id)),
    );
  }
  return keys;
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
      if (!old || old.record !== entry.record || old.dates.updated !== entry.dates.updated)
        keys.push(recordKey(collection, id));
    }
    for (const id of before[collection].keys()) if (!after[collection].has(id)) keys.push(recordKey(collection, id));
  }
  return keys;
}

/**
 * The records whose outputs an edit can change: those it changed, and their neighbours in the
 * catalogs before and after it (a record that showed the changed one, or shows it now).
 */
export function affectedRecords(before: Catalog, after: Catalog, changed: readonly RecordKey[]): Set<RecordKey> {
  const affected = new Set<RecordKey>();
  for (const key of changed) {
    affected.add(key);
    const [collection, id] = splitRecordKey(key);
    for (const neighbor of [...neighborsOf(before, collection, id), ...neighborsOf(after, collection, id)])
      affected.add(neighbor);
  }
  return affected;
}
