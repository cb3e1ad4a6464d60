import { recordTypeOf } from "../contract/api-contract.ts";
import { messagesFor, type Locale } from "../i18n/messages.ts";
import { collectionNames, type CollectionName } from "../records/collections.ts";

/**
 * One of the search index's filters as the search page's address names it: `?type=event`,
 * `?kind=association`. The index holds each filter and value under its label in the page's
 * language ("Type", "Event"), which the address would change with each wording; the codes here
 * are the schema's, the same in every language, so that a link to filtered results keeps working.
 */
export interface AddressFilter {
  /** The filter's label, as the index names it. */
  name: string;
  /** Each value's code in the address, and its label in the index. */
  values: Record<string, string>;
}

export type AddressFilters = Record<"type" | "kind", AddressFilter>;

const kindLabels = (collection: CollectionName, locale: Locale): Record<string, string> => {
  const words = messagesFor(locale);
  if (collection === "organizations") return words.organizationKinds;
  if (collection === "events") return words.eventKinds;
  return words.sourceKinds;
};

/**
 * The filters of the search page of a language. The kinds of the three record types share one
 * filter; a kind code that two types share ("other") is, after its first type's, qualified by
 * its type: `event-other`.
 */
export function addressFilters(locale: Locale): AddressFilters {
  const words = messagesFor(locale);
  const types: Record<string, string> = {};
  const kinds: Record<string, string> = {};
  for (const collection of collectionNames) {
    const type = recordTypeOf[collection];
    types[type] = words.recordTypes[collection];
    for (const [code, label] of Object.entries(kindLabels(collection, locale))) {
      kinds[Object.hasOwn(kinds, code) ? `${type}-${code}` : code] = label;
    }
  }
  return {
    type: { name: words.searchPage.typeFilter, values: types },
    kind: { name: words.searchPage.kindFilter, values: kinds },
  };
}
