import type { CatalogEntry } from "../catalog/catalog.ts";
import type { CollectionName, SchemaName } from "../records/collections.ts";
import { readSchemaDocuments } from "../records/schema-documents.ts";
import type { Event, Organization, Source } from "../records/types.generated.ts";
import { absoluteUrl, type SiteConfig } from "../paths/site-config.ts";
import { sitePaths } from "../paths/site-paths.ts";

/**
 * A column of a CSV dump, documented in the Data Package and on the API page. The same columns,
 * but for the lists, make the record tables of the SQLite database.
 */
export interface CsvColumn<R> {
  name: string;
  /**
   * Frictionless Table Schema type. An `array` cell is a JSON array, the one way every CSV writes
   * a list (see `listValue`); a date known only to the year or month, or either a date or a
   * date-time, is a `string` with a `pattern`, as no Table Schema type holds it.
   */
  type: "string" | "integer" | "number" | "date" | "datetime" | "array";
  description: string;
  /** The only values the column can hold, from the record schema's enum. */
  enum?: readonly string[];
  /** The form of a `string` column's values, as a Table Schema pattern (XML Schema regular expression). */
  pattern?: string;
  /** The collection whose ids the column holds: a foreign key in the Data Package and the database. */
  references?: CollectionName;
  value: (record: R, entry: CatalogEntry, site: SiteConfig) => string | number | readonly unknown[] | undefined;
}

/**
 * A list, or nothing for a record without one (the schemas allow no empty list). CSV files write
 * it as a JSON array: its items are free text (names, titles) or objects, which no separator
 * keeps apart, and Frictionless reads a JSON array as an `array` field; see the API page.
 */
const listValue = <T>(items: readonly T[] | undefined) => (items?.length ? items : undefined);

/** A full date (YYYY-MM-DD), or a date and time with a UTC offset, as the record schemas allow. */
const dateOrDateTimePattern =
  "[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+\\-][0-9]{2}:[0-9]{2}))?";
/** A year, a month or a full date: an organization's founding. */
const partialDatePattern = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?";

/**
 * A column whose values are a record schema's enum: its description lists them and its
 * constraint is that enum, so that neither drifts from the schema.
 */
function enumColumn<R>(
  name: string,
  schema: SchemaName,
  description: string,
  value: CsvColumn<R>["value"],
): CsvColumn<R> {
  const values = readSchemaDocuments()[schema].properties?.[name]?.enum;
  if (!values?.every((item) => typeof item === "string")) throw new Error(`${schema} schema: "${name}" has no enum`);
  return { name, type: "string", description: `${description} ${values.join(", ")}.`, enum: values, value };
}

function successorColumn<R extends { successor?: string }>(collection: CollectionName): CsvColumn<R> {
  return {
    name: "successor",
    type: "string",
    description: "Id of the successor of a withdrawn record.",
    references: collection,
    value: (r) => r.successor,
  };
}

function sourcesColumn<R extends { sources: readonly { source: string }[] }>(): CsvColumn<R> {
  return {
    name: "sources",
    type: "array",
    description: "Ids of the cited sources, as a JSON array.",
    value: (r) => r.sources.map((s) => s.source),
  };
}

function commonTail<R>(collection: CollectionName): CsvColumn<R>[] {
  return [
    {
      name: "record_created",
      type: "datetime",
      description: "When the record was first added to the registry (ISO 8601, UTC).",
      value: (_, entry) => entry.dates.created,
    },
    {
      name: "record_updated",
      type: "datetime",
      description: "When the record last changed (ISO 8601, UTC).",
      value: (_, entry) => entry.dates.updated,
    },
    {
      name: "page_url",
      type: "string",
      description: "The record's web page.",
      value: (_, entry, site) => absoluteUrl(site, sitePaths.recordPage(collection, entry.id)),
    },
    {
      name: "api_url",
      type: "string",
      description: "The record's JSON document, with relations resolved.",
      value: (_, entry, site) => absoluteUrl(site, sitePaths.apiRecord(collection, entry.id)),
    },
  ];
}

const organizationColumns: CsvColumn<Organization>[] = [
  { name: "id", type: "string", description: "Record id.", value: (r) => r.id },
  { name: "name_en", type: "string", description: "Full name in English.", value: (r) => r.names.display.en },
  {
    name: "name_zh_hans",
    type: "string",
    description: "Full name in Simplified Chinese, where known.",
    value: (r) => r.names.display["zh-Hans"],
  },
  {
    name: "acronyms_en",
    type: "array",
    description: "English acronyms, as a JSON array.",
    value: (r) => listValue(r.names.acronyms?.en),
  },
  enumColumn("kind", "organization", "Kind of organization, one of:", (r) => r.kind),
  enumColumn("status", "organization", "Status, one of:", (r) => r.status),
  {
    name: "parent",
    type: "string",
    description: "Id of the parent organization.",
    references: "organizations",
    value: (r) => r.parent,
  },
  successorColumn("organizations"),
  { name: "city_en", type: "string", description: "City, in English.", value: (r) => r.location?.city?.en },
  {
    name: "country",
    type: "string",
    description: "ISO 3166-1 alpha-2 country code.",
    value: (r) => r.location?.country,
  },
  {
    name: "latitude",
    type: "number",
    description: "WGS 84 latitude.",
    value: (r) => r.location?.coordinates?.latitude,
  },
  {
    name: "longitude",
    type: "number",
    description: "WGS 84 longitude.",
    value: (r) => r.location?.coordinates?.longitude,
  },
  { name: "website", type: "string", description: "Official website.", value: (r) => r.links?.website },
  { name: "wikidata", type: "string", description: "Wikidata QID.", value: (r) => r.externalIds?.wikidata },
  { name: "ror", type: "string", description: "ROR id.", value: (r) => r.externalIds?.ror },
  { name: "isni", type: "string", description: "ISNI.", value: (r) => r.externalIds?.isni },
  {
    name: "founded",
    type: "string",
    description: "Founding date, as precise as known: YYYY, YYYY-MM or YYYY-MM-DD.",
    pattern: partialDatePattern,
    value: (r) => r.founded,
  },
  { name: "description_en", type: "string", description: "Description in English.", value: (r) => r.description?.en },
  sourcesColumn(),
  ...commonTail<Organization>("organizations"),
];

const eventColumns: CsvColumn<Event>[] = [
  { name: "id", type: "string", description: "Record id.", value: (r) => r.id },
  { name: "title_en", type: "string", description: "Title in English.", value: (r) => r.title.en },
  {
    name: "title_zh_hans",
    type: "string",
    description: "Title in Simplified Chinese, where known.",
    value: (r) => r.title["zh-Hans"],
  },
  enumColumn("kind", "event", "Kind of event, one of:", (r) => r.kind),
  enumColumn("status", "event", "Status, one of:", (r) => r.status),
  {
    name: "start",
    type: "string",
    description: "Start: YYYY-MM-DD, or a date-time with UTC offset.",
    pattern: dateOrDateTimePattern,
    value: (r) => r.start,
  },
  {
    name: "end",
    type: "string",
    description: "End (inclusive when a date), if known: as the start.",
    pattern: dateOrDateTimePattern,
    value: (r) => r.end,
  },
  { name: "time_zone", type: "string", description: "IANA time zone of the event's place.", value: (r) => r.timeZone },
  {
    name: "previous_start",
    type: "string",
    description: "Start before the event was postponed or rescheduled.",
    pattern: dateOrDateTimePattern,
    value: (r) => r.previousStart,
  },
  { name: "city_en", type: "string", description: "City, in English.", value: (r) => r.location?.city?.en },
  {
    name: "country",
    type: "string",
    description: "ISO 3166-1 alpha-2 country code.",
    value: (r) => r.location?.country,
  },
  {
    name: "participants",
    type: "array",
    description:
      'Participating organizations with their roles, as a JSON array of objects such as {"organization": "cast", "role": "host"}.',
    value: (r) => listValue(r.participants),
  },
  {
    name: "speakers_en",
    type: "array",
    description: "Speakers' names in English, as a JSON array.",
    value: (r) => listValue(r.speakers?.map((s) => s.name.en)),
  },
  {
    name: "attendance_count",
    type: "integer",
    description: "Number of attendees as reported.",
    value: (r) => r.attendance?.count,
  },
  { name: "description_en", type: "string", description: "Description in English.", value: (r) => r.description?.en },
  sourcesColumn(),
  ...commonTail<Event>("events"),
  {
    name: "calendar_url",
    type: "string",
    description: "The event's iCalendar file; empty for a withdrawn event, which has none.",
    value: (_, entry, site) =>
      entry.subscription === "calendar" ? absoluteUrl(site, sitePaths.eventCalendar(entry.id)) : undefined,
  },
  // After the columns published before it, so that readers who go by position keep working.
  successorColumn("events"),
];

const sourceColumns: CsvColumn<Source>[] = [
  { name: "id", type: "string", description: "Record id.", value: (r) => r.id },
  enumColumn("kind", "source", "Kind of document, one of:", (r) => r.kind),
  {
    name: "title_en",
    type: "string",
    description: "Title in English, where the record has one.",
    value: (r) => r.title.en,
  },
  {
    name: "title_zh_hans",
    type: "string",
    description: "Title in Simplified Chinese, where the record has one.",
    value: (r) => r.title["zh-Hans"],
  },
  { name: "language", type: "string", description: "Language of the document (BCP 47).", value: (r) => r.language },
  {
    name: "publisher_organization",
    type: "string",
    description: "Id of the publishing organization.",
    references: "organizations",
    value: (r) => r.publisher?.organization,
  },
  { name: "publisher_name", type: "string", description: "Publisher as credited.", value: (r) => r.publisher?.name },
  { name: "url", type: "string", description: "Where the document can be read.", value: (r) => r.url },
  {
    name: "published",
    type: "string",
    description: "Publication date stated by the document: YYYY-MM-DD, or a date-time with UTC offset.",
    pattern: dateOrDateTimePattern,
    value: (r) => r.published,
  },
  {
    name: "updated",
    type: "string",
    description: "Update date stated by the document: as the publication date.",
    pattern: dateOrDateTimePattern,
    value: (r) => r.updated,
  },
  {
    name: "accessed",
    type: "date",
    description: "When the document was last read for the registry.",
    value: (r) => r.accessed,
  },
  { name: "archived_url", type: "string", description: "An archived copy.", value: (r) => r.archivedUrl },
  ...commonTail<Source>("sources"),
  // After the columns published before them, so that readers who go by position keep working.
  enumColumn("status", "source", "Empty for a source in use; else one of:", (r) => r.status),
  successorColumn("sources"),
];

export const csvColumns = {
  organizations: organizationColumns,
  events: eventColumns,
  sources: sourceColumns,
} as { [C in CollectionName]: CsvColumn<never>[] };
