import type { CollectionName, RecordTypes } from "../records/collections.ts";

/** A record that passed its schema, so that its value has the generated type. */
export interface LoadedRecord<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
  file: string;
  /** Where the record was read from; absent for records built in memory. */
  absolutePath?: string;
  value: RecordTypes[C];
}

export type RecordMaps = { [C in CollectionName]: Map<string, LoadedRecord<C>> };

/** What the integrity rules see: the valid records, and every id that has a file at all. */
export interface Dataset {
  records: RecordMaps;
  /**
   * Ids with a file, valid or not: a reference to a record that has its own schema error
   * is not reported a second time as missing.
   */
  knownIds: Record<CollectionName, ReadonlySet<string>>;
  /**
   * False when some file could not be read or failed its schema: rules that conclude from
   * the absence of something (an uncited source) then stay silent rather than guess.
   */
  complete: boolean;
}

export function allRecords(dataset: Dataset): LoadedRecord[] {
  return [
    ...dataset.records.organizations.values(),
    ...dataset.records.events.values(),
    ...dataset.records.sources.values(),
  ];
}
