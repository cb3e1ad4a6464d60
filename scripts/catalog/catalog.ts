import type { HistorySource, RecordDates } from "../history/record-dates.ts";
import { collectionNames, perCollection, type CollectionName, type RecordTypes } from "../records/collections.ts";
import { startInstant } from "../records/event-dates.ts";
import { compareCodePoints } from "../text/code-point-order.ts";
import type { Dataset } from "../validation/dataset.ts";
import { catalogEntry, type CatalogEntry } from "./catalog-entry.ts";
import { resolveRelations, type OrganizationRelations, type SourceRelations } from "./relations.ts";

export type { CatalogEntry, Subscription } from "./catalog-entry.ts";
export type { Citation, EventRole, OrganizationRelations, SourceRelations } from "./relations.ts";

export interface Catalog {
  organizations: ReadonlyMap<string, CatalogEntry<"organizations">>;
  events: ReadonlyMap<string, CatalogEntry<"events">>;
  sources: ReadonlyMap<string, CatalogEntry<"sources">>;
  organizationRelations: ReadonlyMap<string, OrganizationRelations>;
  sourceRelations: ReadonlyMap<string, SourceRelations>;
  /** Events, newest start first (ties by id), withdrawn ones included: the order of API lists and dumps. */
  eventsNewestFirst: readonly string[];
  /** The same without withdrawn events: the order of calendars and pages (feeds go by when events were added). */
  liveEventsNewestFirst: readonly string[];
  /** Each event's position in `eventsNewestFirst`, to put any set of events in that order. */
  eventRank: ReadonlyMap<string, number>;
  /** Ids of the records that are live (not withdrawn): by id, events newest first. */
  liveIds: Record<CollectionName, readonly string[]>;
  /** Former ids of renamed records, mapped to the id each record has now. */
  formerIds: Record<CollectionName, ReadonlyMap<string, string>>;
  /** The data's past: record dates, changes, the commit. */
  history: HistorySource;
  /** Withdrawn records that point at each record as their successor, for every collection. */
  predecessors: Record<CollectionName, ReadonlyMap<string, readonly string[]>>;
  /** The newest `updated` of any record: when the data as a whole last changed. */
  dataUpdated: string;
  /**
   * The published form of each parsed record (without `$schema`), handed on to the catalog that
   * follows an edit: a record whose file did not change keeps the same object, so that a rebuild
   * can tell unchanged records by identity.
   */
  publishedRecords: WeakMap<object, object>;
}

/**
 * Builds the one in-memory model that every emitter reads: records by id in code-point
 * order, with every relation resolved in both directions. `previous`, the catalog before an
 * edit, lends its published records (see `publishedRecords`).
 */
export function buildCatalog(dataset: Dataset, history: HistorySource, previous?: Catalog): Catalog {
  const publishedRecords = previous?.publishedRecords ?? new WeakMap<object, object>();
  const entries = perCollection((collection) => {
    const map = new Map<string, CatalogEntry>();
    for (const id of [...dataset.records[collection].keys()].sort(compareCodePoints)) {
      const value = dataset.records[collection].get(id)!.value as object;
      const record = publishedRecord(publishedRecords, value) as RecordTypes[typeof collection];
      map.set(id, catalogEntry(collection, id, record, history.datesOf(collection, id)));
    }
    return map;
  }) as { [C in CollectionName]: Map<string, CatalogEntry<C>> };

  const eventsNewestFirst = [...entries.events.values()]
    .map((entry) => ({ id: entry.id, at: startInstant(entry.record.start, entry.record.timeZone) }))
    .sort((a, b) => b.at - a.at || compareCodePoints(a.id, b.id))
    .map((item) => item.id);
  const eventRank = new Map(eventsNewestFirst.map((id, index) => [id, index]));
  const liveEventsNewestFirst = eventsNewestFirst.filter((id) => entries.events.get(id)!.live);
  const formerIds = perCollection((collection) => {
    const map = new Map<string, string>();
    for (const entry of entries[collection].values())
      for (const formerId of entry.formerIds) map.set(formerId, entry.id);
    return map;
  });
  const liveIdsOf = (collection: CollectionName) =>
    [...entries[collection].values()].filter((entry) => entry.live).map((entry) => entry.id);

  let dataUpdated = "";
  for (const collection of collectionNames) {
    for (const entry of entries[collection].values())
      if (entry.dates.updated > dataUpdated) dataUpdated = entry.dates.updated;
  }
  return {
    ...entries,
    ...resolveRelations(entries, eventRank),
    eventsNewestFirst,
    liveEventsNewestFirst,
    eventRank,
    liveIds: {
      organizations: liveIdsOf("organizations"),
      events: liveEventsNewestFirst,
      sources: liveIdsOf("sources"),
    },
    formerIds,
    history,
    // The epoch, written as every other date of the history is: to the second.
    dataUpdated: dataUpdated || "1970-01-01T00:00:00Z",
    publishedRecords,
  };
}

/** The record as published, without the editor-only `$schema`; the same object for the same parsed record. */
function publishedRecord(published: WeakMap<object, object>, value: object): object {
  let record = published.get(value);
  if (!record) {
    const { $schema: _editorOnly, ...rest } = value as { $schema?: string };
    record = rest;
    published.set(value, record);
  }
  return record;
}

/**
 * Gives the records of a new catalog that an edit left alone (same record, same dates, and not
 * among `affected`, the records that show an edited one) their entry objects from the previous
 * catalog. Feed items, calendar events and dump lines are kept per entry object, so that a
 * rebuild after an edit serialises again only the records the edit affects.
 */
export function reuseUnaffectedEntries(
  previous: Catalog,
  next: Catalog,
  isAffected: (collection: CollectionName, id: string) => boolean,
): void {
  for (const collection of collectionNames) {
    const entries = next[collection] as Map<string, CatalogEntry>;
    for (const [id, entry] of entries) {
      const old = previous[collection].get(id);
      if (old && old.record === entry.record && sameDates(old.dates, entry.dates) && !isAffected(collection, id))
        entries.set(id, old);
    }
  }
}

/** Whether a record's dates are the same in two catalogs: a record with other dates shows them anew. */
export function sameDates(a: RecordDates, b: RecordDates): boolean {
  return a.created === b.created && a.updated === b.updated && a.revision === b.revision;
}
