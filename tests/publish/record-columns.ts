/**
 * What each column of the CSV files and of the database's record tables holds, worked out here
 * from the record files and `all.json`, independently of the build's column definitions.
 */
import type { CollectionName } from "../../scripts/records/collections.ts";
import type { Event, Organization, Source } from "../../scripts/records/types.generated.ts";
import { readTreeFile, type BuiltTree } from "./built-site.ts";

/** A column's value for one record: text, a number, a list, or nothing. */
export type ColumnValue = string | number | readonly unknown[] | undefined;

interface RecordOf {
  organizations: Organization;
  events: Event;
  sources: Source;
}

/** What the column helpers get besides the record. */
interface Context {
  id: string;
  dates: { created: string; updated: string };
  url: (path: string) => string;
}

type Columns<R> = Record<string, (record: R, context: Context) => ColumnValue>;

/** The columns whose cells are lists: JSON arrays in the CSV files, rows of their own tables in the database. */
export const listColumns = new Set(["acronyms_en", "sources", "participants", "speakers_en"]);

const recordTail = (collection: CollectionName): Columns<unknown> => ({
  record_created: (_, { dates }) => dates.created,
  record_updated: (_, { dates }) => dates.updated,
  page_url: (_, { id, url }) => url(`${collection}/${id}/`),
  api_url: (_, { id, url }) => url(`api/v1/${collection}/${id}.json`),
});

const cited = (record: { sources: { source: string }[] }) => record.sources.map((citation) => citation.source);

const columns: { [C in CollectionName]: Columns<RecordOf[C]> } = {
  organizations: {
    id: (r) => r.id,
    name_en: (r) => r.names.display.en,
    name_zh_hans: (r) => r.names.display["zh-Hans"],
    acronyms_en: (r) => r.names.acronyms?.en,
    kind: (r) => r.kind,
    status: (r) => r.status,
    parent: (r) => r.parent,
    successor: (r) => r.successor,
    city_en: (r) => r.location?.city?.en,
    country: (r) => r.location?.country,
    latitude: (r) => r.location?.coordinates?.latitude,
    longitude: (r) => r.location?.coordinates?.longitude,
    website: (r) => r.links?.website,
    wikidata: (r) => r.externalIds?.wikidata,
    ror: (r) => r.externalIds?.ror,
    isni: (r) => r.externalIds?.isni,
    founded: (r) => r.founded,
    description_en: (r) => r.description?.en,
    sources: cited,
    ...recordTail("organizations"),
  },
  events: {
    id: (r) => r.id,
    title_en: (r) => r.title.en,
    title_zh_hans: (r) => r.title["zh-Hans"],
    kind: (r) => r.kind,
    status: (r) => r.status,
    start: (r) => r.start,
    end: (r) => r.end,
    time_zone: (r) => r.timeZone,
    previous_start: (r) => r.previousStart,
    city_en: (r) => r.location?.city?.en,
    country: (r) => r.location?.country,
    participants: (r) => r.participants,
    speakers_en: (r) => r.speakers?.map((speaker) => speaker.name.en),
    attendance_count: (r) => r.attendance?.count,
    description_en: (r) => r.description?.en,
    sources: cited,
    ...recordTail("events"),
    // A withdrawn event has no calendar.
    calendar_url: (r, { id, url }) => (r.status === "withdrawn" ? undefined : url(`calendar/events/${id}.ics`)),
    successor: (r) => r.successor,
  },
  sources: {
    id: (r) => r.id,
    kind: (r) => r.kind,
    title_en: (r) => r.title.en,
    title_zh_hans: (r) => r.title["zh-Hans"],
    language: (r) => r.language,
    publisher_organization: (r) => r.publisher?.organization,
    publisher_name: (r) => r.publisher?.name,
    url: (r) => r.url,
    published: (r) => r.published,
    updated: (r) => r.updated,
    accessed: (r) => r.accessed,
    archived_url: (r) => r.archivedUrl,
    ...recordTail("sources"),
    status: (r) => r.status,
    successor: (r) => r.successor,
  },
};

/** Each record's dates, as `all.json` gives them. */
function datesOf(tree: BuiltTree): Map<string, { created: string; updated: string }> {
  const all = JSON.parse(readTreeFile(tree, "api/v1/all.json")) as Record<
    string,
    { type: string; id: string; created: string; updated: string }[]
  >;
  const dates = new Map<string, { created: string; updated: string }>();
  for (const collection of ["organizations", "events", "sources"])
    for (const item of all[collection] ?? []) dates.set(`${collection}/${item.id}`, item);
  return dates;
}

/** Every record of a collection as a row: each column's name and value, in the published order. */
export function expectedRows(tree: BuiltTree, collection: CollectionName): Map<string, Map<string, ColumnValue>> {
  const dates = datesOf(tree);
  const rows = new Map<string, Map<string, ColumnValue>>();
  const records = tree.records[collection] as Map<string, RecordOf[typeof collection]>;
  for (const [id, record] of records) {
    const context: Context = { id, dates: dates.get(`${collection}/${id}`)!, url: (path) => `${tree.baseUrl}${path}` };
    const row = new Map<string, ColumnValue>();
    for (const [name, value] of Object.entries(columns[collection] as Columns<unknown>))
      row.set(name, value(record, context));
    rows.set(id, row);
  }
  return rows;
}
