import type { CatalogEntry } from "../../catalog/catalog.ts";
import type { CollectionName } from "../../records/collections.ts";
import { absoluteUrl, type SiteConfig } from "../../paths/site-config.ts";
import { sitePaths } from "../../paths/site-paths.ts";
import { cacheSlot } from "../output-cache.ts";
import type { OutputContext } from "../output-context.ts";
import { recordTypeOf } from "../../contract/api-contract.ts";

export interface RecordLinks {
  self: string;
  html: string;
}

export function recordLinks(site: SiteConfig, collection: CollectionName, id: string): RecordLinks {
  return {
    self: absoluteUrl(site, sitePaths.apiRecord(collection, id)),
    html: absoluteUrl(site, sitePaths.recordPage(collection, id)),
  };
}

const summaries = cacheSlot<CatalogEntry, Record<string, unknown>>("summaries", "every build");

/**
 * What lists and relations show of a record: enough to display and link it. Made once per record
 * and build, as a record with many events appears in every one of their documents.
 */
export function summaryOf(context: OutputContext, entry: CatalogEntry): Record<string, unknown> {
  return context.cache.get(summaries, entry) ?? context.cache.keep(summaries, entry, makeSummary(context.site, entry));
}

function makeSummary(site: SiteConfig, entry: CatalogEntry): Record<string, unknown> {
  // Written out in full rather than spread from a common part: an object literal that starts with
  // a spread and goes on to add keys gets a hidden class of its own in Node 20's V8, some 200
  // bytes per summary, and a summary of every record is kept for the whole build.
  const type = recordTypeOf[entry.collection];
  const links = recordLinks(site, entry.collection, entry.id);
  switch (entry.collection) {
    case "organizations": {
      const { record } = entry as CatalogEntry<"organizations">;
      return {
        type,
        id: entry.id,
        name: record.names.display,
        kind: record.kind,
        status: record.status,
        updated: entry.dates.updated,
        links,
      };
    }
    case "events": {
      const { record } = entry as CatalogEntry<"events">;
      return {
        type,
        id: entry.id,
        title: record.title,
        kind: record.kind,
        status: record.status,
        start: record.start,
        ...(record.end ? { end: record.end } : {}),
        timeZone: record.timeZone,
        ...(record.location ? { location: record.location } : {}),
        updated: entry.dates.updated,
        links,
      };
    }
    case "sources": {
      const { record } = entry as CatalogEntry<"sources">;
      return {
        type,
        id: entry.id,
        title: record.title,
        kind: record.kind,
        // Only a withdrawn source has a status: without it, a list could not tell it from one in use.
        ...(record.status ? { status: record.status } : {}),
        ...(record.url ? { url: record.url } : {}),
        ...(record.publisher ? { publisher: record.publisher } : {}),
        ...(record.published ? { published: record.published } : {}),
        updated: entry.dates.updated,
        links,
      };
    }
  }
}

/** A summary of the record with this id, which validation guarantees exists. */
export function summaryById(context: OutputContext, collection: CollectionName, id: string) {
  return summaryOf(context, context.catalog[collection].get(id)!);
}
