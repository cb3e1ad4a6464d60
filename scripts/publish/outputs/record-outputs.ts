import { formerIdsOf, isWithdrawn, type Catalog } from "../../catalog/catalog.ts";
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
 * stubs at its former ids, and its feed or calendar, also at its former ids. A rebuild after an
 * edit regenerates these for the records the edit touches, and nothing else of the kind.
 */
export function recordOutputs(site: SiteConfig, catalog: Catalog, collection: CollectionName, id: string): Output[] {
  const entry = catalog[collection].get(id)!;
  const document = recordDocument(site, catalog, entry);
  const outputs = [
    jsonOutput(sitePaths.apiRecord(collection, id), document, `${document.type as string}-document`),
    jsonOutput(sitePaths.apiRecordHistory(collection, id), historyDocument(site, catalog, collection, id), "history"),
  ];
  const formerIds = formerIdsOf(entry);
  for (const formerId of formerIds) {
    outputs.push(
      jsonOutput(
        sitePaths.apiRecord(collection, formerId),
        movedDocument(site, catalog, collection, formerId),
        "moved",
      ),
    );
  }
  // A tombstone has neither feed nor calendar: subscribers should not keep it. Subscriptions made
  // before a rename keep working at the former ids, with the same content: a feed names its new
  // address as its own (atom:link rel="self"), which lets readers move the subscription.
  if (!isWithdrawn(entry)) {
    if (collection === "organizations") {
      const content = organizationFeed(site, catalog, id);
      for (const at of [id, ...formerIds]) outputs.push({ sitePath: sitePaths.organizationFeed(at), content });
    }
    if (collection === "events") {
      const content = eventCalendar(site, catalog, id);
      for (const at of [id, ...formerIds]) outputs.push({ sitePath: sitePaths.eventCalendar(at), content });
    }
  }
  return outputs;
}
