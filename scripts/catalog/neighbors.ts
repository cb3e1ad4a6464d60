import type { CollectionName } from "../records/collections.ts";
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
