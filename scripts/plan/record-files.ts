import type { CatalogEntry } from "../catalog/catalog.ts";
import { recordTypeOf } from "../contract/api-contract.ts";
import { historyDocument } from "../outputs/api/change-documents.ts";
import { movedDocument } from "../outputs/api/moved-documents.ts";
import { recordDocument } from "../outputs/api/record-documents.ts";
import { eventCalendar } from "../outputs/feeds/icalendar.ts";
import { organizationFeed } from "../outputs/feeds/rss-feeds.ts";
import type { OutputContext } from "../outputs/output-context.ts";
import { sitePaths } from "../paths/site-paths.ts";
import { dataFile, jsonFile, once, type PlannedFile } from "./planned-file.ts";

/** A kind of file that records have: declared once, made for each record. */
export interface RecordFiles {
  name: string;
  files(context: OutputContext, entry: CatalogEntry): PlannedFile[];
}

/**
 * The files that belong to one record, its pages aside (see `page-files.ts`). A rebuild after an
 * edit makes these again for the records the edit touches, and nothing else of the kind.
 */
export const recordFiles: readonly RecordFiles[] = [
  {
    name: "record document",
    files: (context, entry) => [
      jsonFile(sitePaths.apiRecord(entry.collection, entry.id), `${recordTypeOf[entry.collection]}-document`, () =>
        recordDocument(context, entry),
      ),
    ],
  },
  {
    name: "record history",
    files: (context, entry) => [
      jsonFile(sitePaths.apiRecordHistory(entry.collection, entry.id), "history", () =>
        historyDocument(context, entry.collection, entry.id),
      ),
    ],
  },
  {
    // Links made before a rename keep working: the document at a former id says where the record is now.
    name: "moved documents",
    files: (context, entry) =>
      entry.formerIds.map((formerId) =>
        jsonFile(sitePaths.apiRecord(entry.collection, formerId), "moved", () =>
          movedDocument(context, entry.collection, formerId),
        ),
      ),
  },
  {
    // At every address: subscriptions made before a rename keep working, and the feed names its
    // new address as its own (atom:link rel="self"), which lets readers move the subscription.
    name: "organization feed",
    files(context, entry) {
      if (entry.subscription !== "feed") return [];
      const feed = once(() => organizationFeed(context, entry.id));
      return entry.addresses.map((at) => dataFile(sitePaths.organizationFeed(at), feed));
    },
  },
  {
    name: "event calendar",
    files(context, entry) {
      if (entry.subscription !== "calendar") return [];
      const calendar = once(() => eventCalendar(context, entry.id));
      return entry.addresses.map((at) => dataFile(sitePaths.eventCalendar(at), calendar));
    },
  },
];
