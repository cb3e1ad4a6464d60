import { collectionNames, perCollection, type CollectionName, type RecordTypes } from "../records/collections.ts";
import { startInstant } from "../records/event-dates.ts";
import { referencesOf } from "../records/references.ts";
import type { Participant } from "../records/types.generated.ts";
import { compareCodePoints } from "../text/code-point-order.ts";
import type { Dataset } from "../validation/dataset.ts";
import type { HistorySource } from "../history/record-dates.ts";

/** When a record was first added and last changed, from the history of its file. */
export interface RecordDates {
  created: string;
  updated: string;
  /** How many times the record changed after it was added: an iCalendar SEQUENCE. */
  revision?: number;
}

export interface CatalogEntry<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
  /** The record as published: as validated, without the editor-only `$schema`. */
  record: RecordTypes[C];
  dates: RecordDates;
}

export interface EventRole {
  event: string;
  roles: Participant["role"][];
}

export interface Citation {
  collection: "organizations" | "events";
  id: string;
  fields?: string[];
}

/** Links that other records make to an organization, resolved once for every emitter. */
export interface OrganizationRelations {
  children: string[];
  /** Events it takes part in, newest first, with its roles in each. */
  events: EventRole[];
  /** Events where someone spoke for it. */
  speakerAt: string[];
  /** Sources it published. */
  published: string[];
  /** Withdrawn records that point at it as their successor. */
  predecessors: string[];
}

export interface SourceRelations {
  citedBy: Citation[];
}

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
  /** Ids of the records that are not withdrawn: by id, events newest first. */
  liveIds: Record<CollectionName, readonly string[]>;
  /** Former ids of renamed records, mapped to the id each record has now. */
  formerIds: Record<CollectionName, ReadonlyMap<string, string>>;
  /** The data's past: record dates, changes, the commit. */
  history: HistorySource;
  /** Withdrawn records that point at each record as their successor, for every collection. */
  predecessors: Record<CollectionName, ReadonlyMap<string, readonly string[]>>;
  /** The newest `updated` of any record: when the data as a whole last changed. */
  dataUpdated: string;
}

const published = new WeakMap<object, object>();

/**
 * The record as published, without the editor-only `$schema`; the same object for the same
 * parsed record, so that a rebuild can tell unchanged records by identity.
 */
function publishedRecord(value: object): object {
  let record = published.get(value);
  if (!record) {
    const { $schema: _editorOnly, ...rest } = value as { $schema?: string };
    record = rest;
    published.set(value, record);
  }
  return record;
}

/** The ids a record had before its present one, oldest first; each keeps answering at its old address. */
export function formerIdsOf(entry: CatalogEntry): readonly string[] {
  return entry.record.formerIds ?? [];
}

/**
 * The id a record was first published under. What subscribers keep to recognise an item
 * (calendar UIDs, feed guids) is made from it, so that a renamed record does not look new.
 */
export function firstIdOf(entry: CatalogEntry): string {
  return formerIdsOf(entry)[0] ?? entry.id;
}

/** A withdrawn record is a tombstone: it keeps its address but no longer takes part. */
export function isWithdrawn(entry: CatalogEntry): boolean {
  return (entry.record as { status?: string }).status === "withdrawn";
}

/**
 * Builds the one in-memory model that every emitter reads: records by id in code-point
 * order, with every relation resolved in both directions.
 */
export function buildCatalog(dataset: Dataset, history: HistorySource): Catalog {
  const entries = perCollection((collection) => {
    const ids = [...dataset.records[collection].keys()].sort(compareCodePoints);
    const map = new Map<string, CatalogEntry>();
    for (const id of ids) {
      map.set(id, {
        collection,
        id,
        record: publishedRecord(dataset.records[collection].get(id)!.value as object) as RecordTypes[typeof collection],
        dates: history.datesOf(collection, id),
      });
    }
    return map;
  }) as { [C in CollectionName]: Map<string, CatalogEntry<C>> };

  const eventsNewestFirst = [...entries.events.values()]
    .map((entry) => ({ id: entry.id, at: startInstant(entry.record.start, entry.record.timeZone) }))
    .sort((a, b) => b.at - a.at || compareCodePoints(a.id, b.id))
    .map((item) => item.id);
  const eventRank = new Map(eventsNewestFirst.map((id, index) => [id, index]));
  const liveEventsNewestFirst = eventsNewestFirst.filter((id) => !isWithdrawn(entries.events.get(id)!));
  const formerIds = perCollection((collection) => {
    const map = new Map<string, string>();
    for (const entry of entries[collection].values()) {
      for (const formerId of formerIdsOf(entry)) map.set(formerId, entry.id);
    }
    return map;
  });

  const organizationRelations = new Map<string, OrganizationRelations>();
  for (const id of entries.organizations.keys()) {
    organizationRelations.set(id, { children: [], events: [], speakerAt: [], published: [], predecessors: [] });
  }
  const sourceRelations = new Map<string, SourceRelations>();
  for (const id of entries.sources.keys()) sourceRelations.set(id, { citedBy: [] });
  const predecessors = perCollection(() => new Map<string, string[]>());

  for (const collection of collectionNames) {
    for (const entry of entries[collection].values()) {
      // A tombstone keeps pointing at its successor, and at nothing else.
      const withdrawn = isWithdrawn(entry);
      const rolesByOrganization = new Map<string, Participant["role"][]>();
      for (const reference of referencesOf(collection, entry.record)) {
        const organization = organizationRelations.get(reference.id);
        if (withdrawn && reference.relation !== "successor") continue;
        switch (reference.relation) {
          case "parent":
            organization?.children.push(entry.id);
            break;
          case "successor":
            pushTo(predecessors[collection], reference.id, entry.id);
            if (collection === "organizations") organization?.predecessors.push(entry.id);
            break;
          case "participant":
            pushTo(rolesByOrganization, reference.id, roleAt(entry as CatalogEntry<"events">, reference.pointer));
            break;
          case "speaker":
            if (organization && !organization.speakerAt.includes(entry.id)) organization.speakerAt.push(entry.id);
            break;
          case "publisher":
            organization?.published.push(entry.id);
            break;
          case "source": {
            const index = Number(reference.pointer.split("/")[2]);
            const citation = (entry.record as { sources: { fields?: string[] }[] }).sources[index]!;
            sourceRelations.get(reference.id)?.citedBy.push({
              collection: collection as Citation["collection"],
              id: entry.id,
              ...(citation.fields ? { fields: citation.fields } : {}),
            });
            break;
          }
        }
      }
      for (const [organizationId, roles] of rolesByOrganization) {
        organizationRelations.get(organizationId)?.events.push({ event: entry.id, roles });
      }
    }
  }
  for (const relations of organizationRelations.values()) {
    relations.events.sort((a, b) => eventRank.get(a.event)! - eventRank.get(b.event)!);
    relations.speakerAt.sort((a, b) => eventRank.get(a)! - eventRank.get(b)!);
  }

  let dataUpdated = "";
  for (const collection of collectionNames) {
    for (const entry of entries[collection].values())
      if (entry.dates.updated > dataUpdated) dataUpdated = entry.dates.updated;
  }
  return {
    ...entries,
    organizationRelations,
    sourceRelations,
    eventsNewestFirst,
    liveEventsNewestFirst,
    eventRank,
    liveIds: {
      organizations: [...entries.organizations.values()]
        .filter((entry) => !isWithdrawn(entry))
        .map((entry) => entry.id),
      events: liveEventsNewestFirst,
      sources: [...entries.sources.values()].filter((entry) => !isWithdrawn(entry)).map((entry) => entry.id),
    },
    formerIds,
    history,
    predecessors,
    dataUpdated: dataUpdated || new Date(0).toISOString(),
  };
}

function pushTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function roleAt(entry: CatalogEntry<"events">, pointer: string): Participant["role"] {
  return entry.record.participants![Number(pointer.split("/")[2])]!.role;
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

function sameDates(a: RecordDates, b: RecordDates): boolean {
  return a.created === b.created && a.updated === b.updated && a.revision === b.revision;
}
