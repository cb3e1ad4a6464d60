import type { Catalog, CatalogEntry } from "../catalog/catalog.ts";
import { collectionNames, singularOf, type CollectionName } from "../records/collections.ts";
import type { SourceCitation } from "../records/types.generated.ts";
import type { DatabaseColumn, DatabaseTable, SqlValue } from "./database-tables.ts";

const position: DatabaseColumn = {
  name: "position",
  type: "INTEGER",
  description: "Where the item stands in its list, from 0, as in the record's JSON Pointers.",
  notNull: true,
};

/** A column that holds the id of a record of a collection, named after one such record. */
function recordColumn(collection: CollectionName, description: string, notNull = true): DatabaseColumn {
  return {
    name: singularOf(collection),
    type: "TEXT",
    description,
    references: collection,
    ...(notNull ? { notNull } : {}),
  };
}

const text = (name: string, description: string, notNull = false): DatabaseColumn => ({
  name,
  type: "TEXT",
  description,
  ...(notNull ? { notNull } : {}),
});

const nameKinds = ["display", "acronym", "alias"] as const;

const organizationNames: DatabaseTable = {
  name: "organization_names",
  description: "Every name of every organization, in every language: its full name, acronyms and other names.",
  columns: [
    recordColumn("organizations", "The organization."),
    text("kind", `What kind of name: ${nameKinds.join(", ")}.`, true),
    text("language", "Its language (BCP 47).", true),
    { ...position, description: "Where it stands among the organization's names of its kind and language, from 0." },
    text("name", "The name.", true),
  ],
  primaryKey: ["organization", "kind", "language", "position"],
  checks: [`kind IN (${nameKinds.map((kind) => `'${kind}'`).join(", ")})`],
  *rows({ catalog }) {
    for (const { id, record } of catalog.organizations.values()) {
      for (const [language, name] of Object.entries(record.names.display)) yield [id, "display", language, 0, name];
      for (const [language, acronyms] of Object.entries(record.names.acronyms ?? {}))
        for (const [index, acronym] of acronyms.entries()) yield [id, "acronym", language, index, acronym];
      for (const [language, aliases] of Object.entries(record.names.aliases ?? {}))
        for (const [index, alias] of aliases.entries()) yield [id, "alias", language, index, alias];
    }
  },
};

const organizationLinks: DatabaseTable = {
  name: "organization_links",
  description: "Other official pages of each organization, beside its website.",
  columns: [
    recordColumn("organizations", "The organization."),
    position,
    text("url", "The page.", true),
    text("label_en", "What the page is, in English."),
    text("label_zh_hans", "What the page is, in Simplified Chinese."),
  ],
  primaryKey: ["organization", "position"],
  *rows({ catalog }) {
    for (const { id, record } of catalog.organizations.values())
      for (const [index, link] of (record.links?.other ?? []).entries())
        yield [id, index, link.url, link.label.en ?? null, link.label["zh-Hans"] ?? null];
  },
};

const eventParticipants: DatabaseTable = {
  name: "event_participants",
  description: "The organizations that take part in each event, each in its role (the events.csv participants).",
  columns: [
    recordColumn("events", "The event."),
    position,
    recordColumn("organizations", "The participating organization."),
    text("role", "Its role, as the event schema names it: host, co-host, guidance, participant, sponsor…", true),
  ],
  primaryKey: ["event", "position"],
  indexes: ["organization"],
  *rows({ catalog }) {
    for (const { id, record } of catalog.events.values())
      for (const [index, participant] of (record.participants ?? []).entries())
        yield [id, index, participant.organization, participant.role];
  },
};

const eventSpeakers: DatabaseTable = {
  name: "event_speakers",
  description: "The people who spoke at each event, with the position they held.",
  columns: [
    recordColumn("events", "The event."),
    position,
    text("name_en", "The speaker's name in English.", true),
    text("name_zh_hans", "The speaker's name in Simplified Chinese, where known."),
    text("title_en", "The speaker's position, in English."),
    text("title_zh_hans", "The speaker's position, in Simplified Chinese."),
    recordColumn("organizations", "The organization the speaker spoke for.", false),
  ],
  primaryKey: ["event", "position"],
  indexes: ["organization"],
  *rows({ catalog }) {
    for (const { id, record } of catalog.events.values())
      for (const [index, speaker] of (record.speakers ?? []).entries())
        yield [
          id,
          index,
          speaker.name.en,
          speaker.name["zh-Hans"] ?? null,
          speaker.title?.en ?? null,
          speaker.title?.["zh-Hans"] ?? null,
          speaker.organization ?? null,
        ];
  },
};

/** The record of each citation, numbered from 1: the organizations' citations, then the events'. */
function* citationsOf(
  catalog: Catalog,
): Generator<{ number: number; entry: CatalogEntry; index: number; citation: SourceCitation }> {
  let number = 0;
  for (const collection of ["organizations", "events"] as const)
    for (const entry of catalog[collection].values() as Iterable<CatalogEntry<typeof collection>>)
      for (const [index, citation] of entry.record.sources.entries())
        yield { number: ++number, entry, index, citation };
}

const citations: DatabaseTable = {
  name: "citations",
  description: "Every source that an organization or an event cites (the CSV files' sources).",
  columns: [
    { name: "citation", type: "INTEGER", description: "Number of the citation, for its fields.", notNull: true },
    recordColumn("organizations", "The citing organization; empty when an event cites.", false),
    recordColumn("events", "The citing event; empty when an organization cites.", false),
    position,
    recordColumn("sources", "The cited source."),
  ],
  primaryKey: ["citation"],
  indexes: ["organization", "event", "source"],
  checks: ["(organization IS NULL) <> (event IS NULL)"],
  *rows({ catalog }) {
    for (const { number, entry, index, citation } of citationsOf(catalog)) {
      const organization = entry.collection === "organizations" ? entry.id : null;
      const event = entry.collection === "events" ? entry.id : null;
      yield [number, organization, event, index, citation.source];
    }
  },
};

const citationFields: DatabaseTable = {
  name: "citation_fields",
  description:
    "The fields a citation supports, as JSON Pointers into the citing record; a citation without any supports the record as a whole.",
  columns: [
    { name: "citation", type: "INTEGER", description: "The citation.", notNull: true, references: "citations" },
    position,
    text("pointer", "JSON Pointer of a supported field, such as /names/display/en.", true),
  ],
  primaryKey: ["citation", "position"],
  *rows({ catalog }) {
    for (const { number, citation } of citationsOf(catalog))
      for (const [index, pointer] of (citation.fields ?? []).entries()) yield [number, index, pointer];
  },
};

/** The ids a collection's renamed records had, each pointing at the record's present id. */
function formerIdsTable(collection: CollectionName): DatabaseTable {
  const singular = singularOf(collection);
  return {
    name: `${singular}_former_ids`,
    description: `Ids that ${collection} had before they were renamed; their old addresses redirect.`,
    columns: [
      text("former_id", "The id before a rename.", true),
      recordColumn(collection, `The ${singular}'s present id.`),
      { ...position, description: "Which of the record's former ids it is, from 0 for the oldest." },
    ],
    primaryKey: ["former_id"],
    indexes: [singular],
    *rows({ catalog }): Generator<readonly SqlValue[]> {
      for (const entry of catalog[collection].values() as Iterable<CatalogEntry>)
        for (const [index, formerId] of entry.formerIds.entries()) yield [formerId, entry.id, index];
    },
  };
}

/** The lists of the records, and the relations between them, each row an item. */
export const relationTables: readonly DatabaseTable[] = [
  organizationNames,
  organizationLinks,
  eventParticipants,
  eventSpeakers,
  citations,
  citationFields,
  ...collectionNames.map(formerIdsTable),
];
