import type { HistorySource, RecordDates } from "../history/record-dates.ts";
import type { CollectionName } from "../records/collections.ts";
import { inMemoryDataset, type RecordValues } from "../validation/in-memory-dataset.ts";
import { buildCatalog, type Catalog } from "./catalog.ts";

export { sampleEvent, sampleOrganization, sampleSource } from "../validation/rules/sample-records.test-support.ts";

/** A history with no changes, dating every record as `dates` says (by default all alike). */
export function historyOf(
  dates: (collection: CollectionName, id: string) => RecordDates = () => ({
    created: "2024-01-01T00:00:00Z",
    updated: "2024-01-02T00:00:00Z",
  }),
): HistorySource {
  return {
    datesOf: dates,
    changes: [],
    changesOf: () => [],
    complete: false,
    description: "dates made up for a test",
  };
}

/** The catalog of records given as values, with no files: how catalog and page tests build one. */
export function catalogOf(values: RecordValues, history: HistorySource = historyOf()): Catalog {
  return buildCatalog(inMemoryDataset(values), history);
}
