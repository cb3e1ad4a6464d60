import { isWithdrawn, type Catalog } from "../../catalog/catalog.ts";
import type { CollectionName } from "../../records/collections.ts";
import type { SiteConfig } from "../../site-config.ts";
import { historyDocument } from "../api/change-documents.ts";
import { movedDocument } from "../api/moved-documents.ts";
import { recordDocument } from "../api/record-documents.ts";
import { eventCalendar } from "../feeds/icalendar.ts";
import { organizationFeed } from "../feeds/rss-feeds.ts";
import { sitePaths } from "../site-paths.ts";
import { jsonOutput, type Output } from "./output.ts";

/**
 * The files that belong to one record (its pages aside): its JSON document and history, the
 * stubs at its former ids, and its feed or calendar. A rebuild after an edit regenerates these
 * for the records the edit touches, and nothing else of the kind.
 */
export function recordOutputs(site: SiteConfig, catalog: Catalog, collection: CollectionName, id: string): Output[] {
  const entry = catalog[collection].get(id)!;
  const document = recordDocument(site, catalog, entry);
  const outputs = [
    jsonOutput(sitePaths.apiRecord(collection, id), document, `${document.type as string}-document`),
    jsonOutput(sitePaths.apiRecordHistory(collection, id), historyDocument(site, catalog, collection, id), "history"),
  ];
  for (const formerId of (entry.record as { formerIds?: string[] }).formerIds ?? []) {
    outputs.push(
      jsonOutput(
        sitePaths.apiRecord(collection, formerId),
        movedDocument(site, catalog, collection, formerId),
        "moved",
      ),
    );
  }
  // A tombstone has neither feed nor calendar: subscribers should not keep it.
  if (!isWithdrawn(entry)) {
    if (collection === "organizations")
      outputs.push({ sitePath: sitePaths.organizationFeed(id), content: organizationFeed(site, catalog, id) });
    if (collection === "events")
      outputs.push({ sitePath: sitePaths.eventCalendar(id), content: eventCalendar(site, catalog, id) });
  }
  return outputs;
}
