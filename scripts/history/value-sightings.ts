import { publishedFieldValues } from "../records/field-values.ts";
import type { ChangeEntry } from "./registry-history.ts";

/** A commit that held a value, and when it was made. */
export interface Sighting {
  commit: string;
  date: string;
}

/** The first and the last commit that changed a record while it held a value. */
export interface ValueSightings {
  first: Sighting;
  last: Sighting;
}

/** The key of a value in `valueSightings`: the same value at the same place of the record. */
export function sightingKey(pointer: string, value: unknown): string {
  return `${pointer}\u0000${JSON.stringify(value)}`;
}

/**
 * When each value a record has held was first and last seen, by the changes of its file (oldest
 * first, renames followed): the first change after which it stood at its place, and the latest
 * change that left it there. A commit that changed only the file's layout is no change, and
 * sees nothing, as for the record's own dates. A value held, dropped and held again counts from
 * its first sighting.
 */
export function valueSightings(
  collection: "organizations" | "events",
  changes: readonly ChangeEntry[],
): ReadonlyMap<string, ValueSightings> {
  const sightings = new Map<string, ValueSightings>();
  for (const change of changes) {
    // A removal carries the record as it was before: nothing is seen in it.
    if (change.change === "removed") continue;
    const at: Sighting = { commit: change.commit, date: change.date };
    for (const { pointer, value } of publishedFieldValues(collection, change.record)) {
      const key = sightingKey(pointer, value);
      const seen = sightings.get(key);
      if (seen) seen.last = at;
      else sightings.set(key, { first: at, last: at });
    }
  }
  return sightings;
}
