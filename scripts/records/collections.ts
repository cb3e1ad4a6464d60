import type { Event, Organization, Source } from "./types.generated.ts";

/** The record collections, in the order they are shown and published. */
export const collectionNames = ["organizations", "events", "sources"] as const;
export type CollectionName = (typeof collectionNames)[number];

export interface RecordTypes {
  organizations: Organization;
  events: Event;
  sources: Source;
}
export type AnyRecord = RecordTypes[CollectionName];

/** Each collection's schema, as `schemas/<name>.schema.json`. */
export const schemaNameOf = {
  organizations: "organization",
  events: "event",
  sources: "source",
} as const satisfies Record<CollectionName, string>;
export type SchemaName = (typeof schemaNameOf)[CollectionName];

/** The singular noun for messages such as `no organization "x"`. */
export function singularOf(collection: CollectionName): SchemaName {
  return schemaNameOf[collection];
}

export function isCollectionName(name: string): name is CollectionName {
  return (collectionNames as readonly string[]).includes(name);
}

/** The same pattern as `defs.schema.json#/$defs/id`; file names are checked with it before anything else. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idMaxLength = 64;

/**
 * Ids that would collide with published paths: `api/v1/<collection>/index.json` is the list, and
 * `<collection>/page/<n>/` its pages after the first.
 */
export const reservedIds: ReadonlySet<string> = new Set(["index", "page"]);

export function isValidId(id: string): boolean {
  return id.length <= idMaxLength && idPattern.test(id) && !reservedIds.has(id);
}

/** One value per collection, such as a map of its records. */
export function perCollection<T>(make: (collection: CollectionName) => T): Record<CollectionName, T> {
  return { organizations: make("organizations"), events: make("events"), sources: make("sources") };
}
