import type { Catalog } from "../../catalog/catalog.ts";
import { recordNames } from "../../catalog/record-names.ts";
import { describeChange, describeFields } from "../../history/describe-change.ts";
import { fieldLabel } from "../../i18n/field-labels.ts";
import type { ChangeEntry } from "../../history/registry-history.ts";
import type { CollectionName } from "../../records/collections.ts";
import { absoluteUrl } from "../../paths/site-config.ts";
import { sitePaths } from "../../paths/site-paths.ts";
import { apiSchemaVersion, recordTypeOf } from "../../contract/api-contract.ts";
import { recordLinks } from "./summaries.ts";
import type { OutputContext } from "../output-context.ts";

/** How many changes one page of `api/v1/changes/` holds. */
export const changesPageSize = 100;

/** Whether an id still answers: a record, a tombstone, or a former id that redirects. */
export function idAnswers(catalog: Catalog, collection: CollectionName, id: string): boolean {
  return catalog[collection].has(id) || catalog.formerIds[collection].has(id);
}

/** One change as the API publishes it: what happened, to which fields, in a sentence too. */
export function changeItem(context: OutputContext, entry: ChangeEntry) {
  const { site, catalog } = context;
  const names = recordNames(catalog);
  return {
    commit: entry.commit,
    date: entry.date,
    type: recordTypeOf[entry.collection],
    id: entry.id,
    change: entry.change,
    ...(entry.formerId ? { formerId: entry.formerId } : {}),
    summary: describeChange(entry, names),
    fields: entry.fields.map((field) => ({
      pointer: field.pointer,
      // The same pointer under the name it first had, for clients written against it.
      path: field.pointer,
      label: fieldLabel(field.pointer, "en"),
      change: field.change,
      ...(field.listItem ? { listItem: true } : {}),
      summary: describeFields([field], entry.record, names)[0]!,
      ...(field.before !== undefined ? { before: field.before } : {}),
      ...(field.after !== undefined ? { after: field.after } : {}),
    })),
    ...(idAnswers(catalog, entry.collection, entry.id) ? { links: recordLinks(site, entry.collection, entry.id) } : {}),
  };
}

/**
 * The changes, newest first, in pages of a fixed size counted from the oldest change: page 1
 * never changes once full, so mirrors and caches can keep it. `index.json` holds the newest
 * changes and links every page.
 */
export function changeDocuments(context: OutputContext): { sitePath: string; document: unknown }[] {
  const pages = Array.from({ length: changesPageCount(context) }, (_, index) => index + 1);
  return [
    { sitePath: sitePaths.apiChanges, document: changesIndexDocument(context) },
    ...pages.map((page) => ({
      sitePath: sitePaths.apiChangesPage(page),
      document: changesPageDocument(context, page),
    })),
  ];
}

function changesPageCount({ catalog }: OutputContext): number {
  return Math.max(1, Math.ceil(catalog.history.changes.length / changesPageSize));
}

/** What every document of changes starts with. */
function changesHead({ site, catalog }: OutputContext) {
  return {
    $schema: absoluteUrl(site, sitePaths.responseSchema("changes")),
    schemaVersion: apiSchemaVersion,
    updated: catalog.dataUpdated,
    complete: catalog.history.complete,
    total: catalog.history.changes.length,
    pageSize: changesPageSize,
    order: "newest first",
  };
}

/** The changes from one index to another of the list (oldest first), newest first. */
function changeItems(context: OutputContext, from: number, to: number) {
  return context.catalog.history.changes
    .slice(from, to)
    .map((entry) => changeItem(context, entry))
    .reverse();
}

const changesPageUrl = (context: OutputContext, page: number) =>
  absoluteUrl(context.site, sitePaths.apiChangesPage(page));

/** `api/v1/changes/index.json`: the newest changes, and links to every page. */
export function changesIndexDocument(context: OutputContext) {
  const { site } = context;
  const total = context.catalog.history.changes.length;
  const pages = Array.from({ length: changesPageCount(context) }, (_, index) => index + 1);
  return {
    ...changesHead(context),
    items: changeItems(context, Math.max(0, total - changesPageSize), total),
    pages: pages.reverse().map((page) => changesPageUrl(context, page)),
    links: { self: absoluteUrl(site, sitePaths.apiChanges), feed: absoluteUrl(site, sitePaths.changesFeed) },
  };
}

/** `api/v1/changes/page-<n>.json`: one page of changes, page 1 holding the oldest. */
export function changesPageDocument(context: OutputContext, page: number) {
  const { site } = context;
  const pageCount = changesPageCount(context);
  return {
    ...changesHead(context),
    page,
    items: changeItems(context, (page - 1) * changesPageSize, page * changesPageSize),
    links: {
      self: changesPageUrl(context, page),
      index: absoluteUrl(site, sitePaths.apiChanges),
      ...(page > 1 ? { older: changesPageUrl(context, page - 1) } : {}),
      ...(page < pageCount ? { newer: changesPageUrl(context, page + 1) } : {}),
      feed: absoluteUrl(site, sitePaths.changesFeed),
    },
  };
}

/** `api/v1/<collection>/<id>/history.json`: every change to one record, newest first. */
export function historyDocument(context: OutputContext, collection: CollectionName, id: string) {
  const { site, catalog } = context;
  const entry = catalog[collection].get(id)!;
  const { self, html } = recordLinks(site, collection, id);
  return {
    $schema: absoluteUrl(site, sitePaths.responseSchema("history")),
    schemaVersion: apiSchemaVersion,
    type: recordTypeOf[collection],
    id,
    created: entry.dates.created,
    updated: entry.dates.updated,
    complete: catalog.history.complete,
    changes: [...catalog.history.changesOf(collection, id)].reverse().map((change) => changeItem(context, change)),
    links: {
      self,
      html,
      history: absoluteUrl(site, sitePaths.apiRecordHistory(collection, id)),
    },
  };
}
