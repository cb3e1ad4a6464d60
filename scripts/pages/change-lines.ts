import type { Catalog } from "../catalog/catalog.ts";
import { recordNames } from "../catalog/record-names.ts";
import { describeChange } from "../history/describe-change.ts";
import type { Locale } from "../i18n/messages.ts";
import type { CollectionName } from "../records/collections.ts";
import { humanDate } from "../i18n/human-dates.ts";
import { marked, type LangText } from "../i18n/localized-text.ts";

/** How many changes a record's page lists; its history document has them all. */
const changesOnPage = 10;

export interface ChangeLine {
  date: string;
  /** Change summaries are written in English. */
  summary: LangText;
}

/** The newest changes of a record, for its page. */
export function changeLines(catalog: Catalog, collection: CollectionName, id: string, locale: Locale): ChangeLine[] {
  return catalog.history
    .changesOf(collection, id)
    .slice(-changesOnPage)
    .reverse()
    .map((entry) => ({
      date: humanDate(entry.date.slice(0, 10), locale),
      summary: marked(describeChange(entry, recordNames(catalog)), "en", locale),
    }));
}
