import { isAtOrBeneath } from "../records/json-pointer.ts";
import { sourceDate, supportOf, type HowKnown } from "../records/citation-coverage.ts";
import { hasDatedStatus } from "../records/dated-status.ts";
import { publishedFieldValues, type FieldValue } from "../records/field-values.ts";
import type { LocalizedLineOfText } from "../records/types.generated.ts";
import type { Catalog, CatalogEntry } from "./catalog.ts";

/** One value a record publishes, with how it is known. */
export interface KnownValue extends FieldValue {
  how: HowKnown;
  /** The sources that state it, or, for an inferred value, that it is inferred from; each once, in citation order. */
  sources: readonly string[];
  /** For an inferred value: the reasons its citations give. */
  reasons: readonly LocalizedLineOfText[];
}

/** What a record says, value by value, and how each is known: decided here once for every output. */
export interface KnownFacts {
  /** Every value the record publishes, in the record's order. */
  values: readonly KnownValue[];
  /**
   * For a status that holds only as of a date (active, scheduled…): the latest date among the
   * sources it rests on.
   */
  statusAsOf?: string;
}

/** Records that cite sources: organizations and events. */
export type CitingEntry = CatalogEntry<"organizations" | "events">;

/** Whether any citation of the record says it infers: only then can a value of it be inferred. */
export function citesInference(entry: CitingEntry): boolean {
  return entry.record.sources.some((citation) => citation.how === "inferred");
}

/**
 * Asks which values at or beneath some fields of one record are inferred: the record's known
 * facts are worked out at the first question and kept for the next ones (a page's rows, a feed
 * item's parts), and not at all for a record that cites no inference. Kept by the asker, not by
 * a module: a map of every record's facts would be state outside the build that made it.
 */
export function inferredValuesOf(catalog: Catalog, entry: CitingEntry): (pointers: readonly string[]) => KnownValue[] {
  let facts: KnownFacts | undefined;
  return (pointers) => {
    if (!citesInference(entry)) return [];
    facts ??= knownFacts(catalog, entry);
    return inferredAt(facts, pointers);
  };
}

/**
 * For a status that holds only as of a date (active, scheduled…): the latest date among the
 * sources it rests on, without working out the record's other values.
 */
export function statusAsOf(catalog: Catalog, entry: CitingEntry): string | undefined {
  if (!hasDatedStatus(entry.record)) return undefined;
  const support = supportOf(entry.record.sources, "/status");
  const sources = new Set(support.citations.map((citation) => citation.source));
  const dates = [...sources].flatMap((id) => {
    const source = catalog.sources.get(id)?.record;
    return source ? (sourceDate(source) ?? []) : [];
  });
  return dates.sort().at(-1);
}

/**
 * The known facts of an organization or event, worked out on each call; `inferredValuesOf` and
 * `statusAsOf` do less where they are all that is asked.
 */
export function knownFacts(catalog: Catalog, entry: CitingEntry): KnownFacts {
  const citations = entry.record.sources;
  const values = publishedFieldValues(entry.collection, entry.record).map((value): KnownValue => {
    const support = supportOf(citations, value.pointer);
    return {
      ...value,
      how: support.how,
      sources: [...new Set(support.citations.map((citation) => citation.source))],
      reasons:
        support.how === "inferred"
          ? support.citations.flatMap((citation) => (citation.reason ? [citation.reason] : []))
          : [],
    };
  });
  const asOf = statusAsOf(catalog, entry);
  return { values, ...(asOf ? { statusAsOf: asOf } : {}) };
}

/**
 * The values at or beneath any of `pointers` that only inferences support, or none: what a page
 * marks as inferred when it shows those fields.
 */
export function inferredAt(facts: KnownFacts, pointers: readonly string[]): KnownValue[] {
  return facts.values.filter(
    (value) => value.how === "inferred" && pointers.some((pointer) => isAtOrBeneath(value.pointer, pointer)),
  );
}
