import type { Catalog } from "../catalog/catalog.ts";
import { messagesFor, type Locale, type Messages } from "../i18n/messages.ts";
import type { CollectionName } from "../records/collections.ts";
import { compareCodePoints } from "../text/code-point-order.ts";
import { countryName } from "./record-lines.ts";

/**
 * What a row of a list says about its record for the list's filters and sorting, written into
 * the row as data attributes: codes, the same in every language, which the address carries too
 * (`?kind=association&sort=name`). The name to sort by is the row's link text.
 */
export interface RowFacets {
  kind: string;
  status?: string;
  country?: string;
  /** A date to sort by, as the record gives it (an event's start, a source's publication). */
  date?: string;
}

export type FacetName = "kind" | "status" | "country";

/** One select of the form: the facet it filters by, and the values the collection's records have. */
export interface ListFilter {
  name: FacetName;
  label: string;
  options: { value: string; label: string }[];
}

/** The form above a collection's list, shown by its script: filters, orders, and how many rows there are in all. */
export interface ListFilterForm {
  filters: ListFilter[];
  sorts: { value: string; label: string }[];
}

/** The fields of any record that its facets come from. */
interface FacetFields {
  kind: string;
  status?: string;
  location?: { country?: string };
  founded?: string;
  start?: string;
  published?: string;
}

/** The facets of one record of a collection. */
export function rowFacets(catalog: Catalog, collection: CollectionName, id: string): RowFacets {
  const record = catalog[collection].get(id)!.record as FacetFields;
  const date = collection === "events" ? record.start : collection === "sources" ? record.published : record.founded;
  return {
    kind: record.kind,
    ...(collection !== "sources" && record.status ? { status: record.status } : {}),
    ...(record.location?.country ? { country: record.location.country } : {}),
    ...(date ? { date } : {}),
  };
}

const kindLabels = (words: Messages, collection: CollectionName): Record<string, string> =>
  collection === "organizations"
    ? words.organizationKinds
    : collection === "events"
      ? words.eventKinds
      : words.sourceKinds;

const statusLabels = (words: Messages, collection: CollectionName): Record<string, string> =>
  collection === "organizations" ? words.organizationStatuses : words.eventStatuses;

/**
 * The form of a collection's list in one language: a select for each facet that tells the
 * collection's live records apart (kinds and statuses in the schema's order, countries by name),
 * and the orders. The options come from every page of the list, not only the one shown.
 */
export function listFilterForm(catalog: Catalog, collection: CollectionName, locale: Locale): ListFilterForm {
  const words = messagesFor(locale);
  const labels = words.finding.listFilters;
  const seen: Record<FacetName, Set<string>> = { kind: new Set(), status: new Set(), country: new Set() };
  for (const id of catalog.liveIds[collection]) {
    const facets = rowFacets(catalog, collection, id);
    for (const name of ["kind", "status", "country"] as const) {
      const value = facets[name];
      if (value) seen[name].add(value);
    }
  }
  const inOrder = (table: Record<string, string>, values: Set<string>) =>
    Object.entries(table)
      .filter(([value]) => values.has(value))
      .map(([value, label]) => ({ value, label }));
  const countries = [...seen.country]
    .map((code) => ({ value: code, label: countryName(code, locale) }))
    .sort((a, b) => compareCodePoints(a.label, b.label));
  const candidates: ListFilter[] = [
    { name: "kind", label: labels.kind, options: inOrder(kindLabels(words, collection), seen.kind) },
    ...(collection === "sources"
      ? []
      : [
          {
            name: "status" as const,
            label: labels.status,
            options: inOrder(statusLabels(words, collection), seen.status),
          },
        ]),
    { name: "country", label: labels.country, options: countries },
  ];
  return {
    // A select with a single choice narrows nothing.
    filters: candidates.filter((filter) => filter.options.length > 1),
    sorts: [
      { value: "", label: labels.sortDefault },
      { value: "name", label: labels.sortName },
      { value: "newest", label: labels.sortNewest },
      { value: "oldest", label: labels.sortOldest },
    ],
  };
}
