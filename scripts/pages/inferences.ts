import type { Catalog } from "../catalog/catalog.ts";
import { inferredValuesOf, statusAsOf, type CitingEntry, type KnownValue } from "../catalog/known-facts.ts";
import { humanDate } from "../i18n/human-dates.ts";
import { textIn, type LangText } from "../i18n/localized-text.ts";
import { fill, messagesFor, type Locale } from "../i18n/messages.ts";

/** Why a value shown is inferred rather than stated: its reasons, in the page's language where they have it. */
export interface Inference {
  reason: LangText;
}

/** Says of some fields of a record whether what a page shows of them rests on inference. */
export type InferenceMarks = (pointers: string | readonly string[]) => Inference | undefined;

/**
 * Whether what a page shows of `pointers` rests on inference: when any value at or beneath them
 * is inferred, the reasons of those values, each said once. The record's known facts are worked
 * out once for all the fields a page asks of, and not at all for a record that cites no inference.
 */
export function inferenceMarks(catalog: Catalog, entry: CitingEntry, locale: Locale): InferenceMarks {
  const inferredValues = inferredValuesOf(catalog, entry);
  return (pointers) => inferenceIn(inferredValues([pointers].flat()), locale);
}

/** For one question about a record: `inferenceMarks` asked once. */
export function inferenceOf(
  catalog: Catalog,
  entry: CitingEntry,
  pointers: string | readonly string[],
  locale: Locale,
): Inference | undefined {
  return inferenceMarks(catalog, entry, locale)(pointers);
}

function inferenceIn(inferred: readonly KnownValue[], locale: Locale): Inference | undefined {
  if (!inferred.length) return undefined;
  const reasons = new Map<string, LangText>();
  for (const value of inferred)
    for (const reason of value.reasons) {
      const text = textIn(reason, locale);
      reasons.set(text.text, text);
    }
  const texts = [...reasons.values()];
  const languages = new Set(texts.map((text) => text.lang));
  const joined = texts.map((text) => text.text).join(locale === "zh-Hans" ? "；" : "; ");
  return { reason: languages.size === 1 && texts[0]!.lang ? { text: joined, lang: texts[0]!.lang } : { text: joined } };
}

/**
 * A record's status in words, as of the date of its sources when it says how things stand:
 * "Active as of November 2023", "截至2023年11月运营中".
 */
export function statusText(catalog: Catalog, entry: CitingEntry, locale: Locale): string {
  const words = messagesFor(locale);
  const labels: Record<string, string> =
    entry.collection === "organizations" ? words.organizationStatuses : words.eventStatuses;
  const status = labels[entry.record.status]!;
  const asOf = statusAsOf(catalog, entry);
  return asOf ? fill(words.statusAsOf, { status, date: humanDate(asOf.slice(0, 7), locale) }) : status;
}
