import type { RecordDates } from "../history/record-dates.ts";
import type { CollectionName, RecordTypes } from "../records/collections.ts";
import { isWithdrawn } from "../records/record-status.ts";

/** What a subscriber can follow of a record: an organization's feed, an event's calendar. */
export type Subscription = "feed" | "calendar";

/**
 * One record as every output sees it, with the facts about it decided here once: whether it is
 * live, the addresses it answers at, the id subscribers know it by, and what can be followed.
 */
export interface CatalogEntry<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
  /** The record as published: as validated, without the editor-only `$schema`. */
  record: RecordTypes[C];
  dates: RecordDates;
  /** False for a tombstone: it keeps its address but is left out of lists, feeds, calendars and search. */
  live: boolean;
  /** The ids it had before its present one, oldest first; each keeps answering at its old address. */
  formerIds: readonly string[];
  /** Its own id, then its former ids: every id that has its page and its documents. */
  addresses: readonly string[];
  /**
   * The id it was first published under. What subscribers keep to recognise it (calendar UIDs,
   * feed guids) is made from it, so that a renamed record does not look new.
   */
  firstId: string;
  /** What can be followed: live organizations have a feed and live events a calendar; nothing else has either. */
  subscription: Subscription | undefined;
}

const noFormerIds: readonly string[] = [];

export function catalogEntry<C extends CollectionName>(
  collection: C,
  id: string,
  record: RecordTypes[C],
  dates: RecordDates,
): CatalogEntry<C> {
  const live = !isWithdrawn(record);
  const formerIds = record.formerIds ?? noFormerIds;
  // Every field in the same order for every entry, so that all entries share one hidden class.
  return {
    collection,
    id,
    record,
    dates,
    live,
    formerIds,
    addresses: [id, ...formerIds],
    firstId: formerIds[0] ?? id,
    subscription: live ? subscriptionOf[collection] : undefined,
  };
}

const subscriptionOf: Record<CollectionName, Subscription | undefined> = {
  organizations: "feed",
  events: "calendar",
  sources: undefined,
};
