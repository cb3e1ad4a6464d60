import type { CatalogEntry } from "../catalog/catalog.ts";
import type { ChangeEntry } from "../history/registry-history.ts";
import { recordTypeOf } from "./api-contract.ts";

/**
 * The part of every stable identifier that names the registry, wherever it is served: not a
 * domain the site is at, which changes when it moves (the identifiers' right-hand side, as in
 * RFC 5545's UIDs, only has to be unique to their maker).
 */
const registryName = "lingang-sci-tech-cluster-registry";

/**
 * What calendars (UID) and feeds (RSS guid, JSON Feed id) call an event: made from the id it
 * was first published under, so that neither a move of the site nor a rename of the record makes
 * it look new to a subscriber, and the same in the calendar and in every feed.
 */
export function eventIdentifier(entry: CatalogEntry<"events">): string {
  return `${entry.firstId}@${registryName}`;
}

/** How an event's identifier looks, for the API page: `first-id@…`. */
export const eventIdentifierPattern = `first-id@${registryName}`;

/** What the changes feeds call a change: several records can change in one commit, so it names the record too. */
export function changeIdentifier(change: ChangeEntry): string {
  return `${change.commit}/${recordTypeOf[change.collection]}/${change.id}`;
}
