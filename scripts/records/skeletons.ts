import type { CollectionName, RecordTypes } from "./collections.ts";

/**
 * Texts the scaffolder writes for the contributor to replace. They satisfy the schema, so that
 * the validator reports everything else about a new record at once, and the `placeholder-text`
 * rule refuses any that survive, so that none is published.
 */
export const placeholders = {
  organizationName: "Full name of the organization in English",
  eventTitle: "Title of the event in English",
  sourceTitle: "Title of the document as published",
  publisherName: "Publisher as the document credits it",
} as const;

export const placeholderTexts: ReadonlySet<string> = new Set(Object.values(placeholders));

export interface SkeletonOptions {
  id: string;
  /** Source record the new organization or event cites. */
  source?: string;
  /** Start date for a new event, YYYY-MM-DD. */
  today: string;
}

/** A minimal record that passes its schema, with placeholders where the contributor writes. */
export function skeletonRecord<C extends CollectionName>(collection: C, options: SkeletonOptions): RecordTypes[C] {
  const sources = [{ source: options.source ?? "" }] as [{ source: string }];
  const skeletons: RecordTypes = {
    organizations: {
      $schema: "../../schemas/organization.schema.json",
      id: options.id,
      names: { display: { en: placeholders.organizationName } },
      kind: "other",
      status: "active",
      sources,
    },
    events: {
      $schema: "../../schemas/event.schema.json",
      id: options.id,
      title: { en: placeholders.eventTitle },
      kind: "other",
      status: "scheduled",
      start: options.today,
      timeZone: "Asia/Shanghai",
      sources,
    },
    sources: {
      $schema: "../../schemas/source.schema.json",
      id: options.id,
      kind: "website",
      title: { en: placeholders.sourceTitle },
      publisher: { name: placeholders.publisherName },
    },
  };
  return skeletons[collection];
}
