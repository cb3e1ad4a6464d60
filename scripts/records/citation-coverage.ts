import { isAtOrBeneath } from "./json-pointer.ts";
import type { Source, SourceCitation } from "./types.generated.ts";

/** How a value is known: said by a source, or concluded from what a source says. */
export type HowKnown = "stated" | "inferred";

/** How a citation knows its fields; a citation that does not say states them. */
export function howOf(citation: SourceCitation): HowKnown {
  return citation.how ?? "stated";
}

/** Whether a citation supports the value at `pointer`: it cites the whole record, that field, or a field above it. */
export function covers(citation: SourceCitation, pointer: string): boolean {
  return !citation.fields || citation.fields.some((field) => isAtOrBeneath(pointer, field));
}

/** What a record's citations say of one of its values. */
export interface Support {
  how: HowKnown;
  /**
   * The citations it rests on: those that state it, or, when none does, those it is inferred
   * from. Empty when no citation covers it.
   */
  citations: SourceCitation[];
}

/**
 * How a value is known from a record's citations: stated when any citation that covers it states
 * it (one source that says it outweighs any inference), inferred when only inferences cover it.
 */
export function supportOf(citations: readonly SourceCitation[], pointer: string): Support {
  const covering = citations.filter((citation) => covers(citation, pointer));
  const stating = covering.filter((citation) => howOf(citation) === "stated");
  return stating.length || !covering.length
    ? { how: "stated", citations: stating }
    : { how: "inferred", citations: covering };
}

/**
 * The date a source speaks as of: when it was published, or, when it states only when it was
 * updated, that. A date and time counts by its date as written.
 */
export function sourceDate(source: Source): string | undefined {
  return (source.published ?? source.updated)?.slice(0, 10);
}
