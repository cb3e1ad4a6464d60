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

const made = new WeakMap<CitingEntry, KnownFacts>();

/**
 * The known facts of an organization or event, made once per catalog entry: a rebuild after an
 * edit of the record or of a source it cites has a new entry (see `affectedRecords`).
 */
export function knownFacts(catalog: Catalog, entry: CitingEntry): KnownFacts {
  let facts = made.get(entry);
  if (!facts) made.set(entry, (facts = factsOf(catalog, entry)));
  return facts;
}

function factsOf(catalog: Catalog, entry: CitingEntry): KnownFacts {
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
  const status = values.find((value) => value.pointer === "/status");
  const dates = hasDatedStatus(entry.record)
    ? (status?.sources ?? []).flatMap((id) => {
        const source = catalog.sources.get(id)?.record;
        return source ? (sourceDate(source) ?? []) : [];
      })
    : [];
  const statusAsOf = dates.sort().at(-1);
  return { values, ...(statusAsOf ? { statusAsOf } : {}) };
}

/**
 * The values at or beneath any of `pointers` that only inferences support, or none: what a page
 * marks as inferred when it shows those fields.
 */
export function inferredAt(facts: KnownFacts, pointers: readonly string[]): KnownValue[] {
  return facts.values.filter(
    (value) =>
      value.how === "inferred" &&
      pointers.some((pointer) => value.pointer === pointer || value.pointer.startsWith(`${pointer}/`)),
  );
}
