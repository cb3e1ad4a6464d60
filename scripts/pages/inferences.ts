import type { Catalog } from "../catalog/catalog.ts";
import { inferredAt, knownFacts, type CitingEntry } from "../catalog/known-facts.ts";
import { humanDate } from "../i18n/human-dates.ts";
import { textIn, type LangText } from "../i18n/localized-text.ts";
import { fill, messagesFor, type Locale } from "../i18n/messages.ts";

/** Why a value shown is inferred rather than stated: its reasons, in the page's language where they have it. */
export interface Inference {
  reason: LangText;
}

/**
 * Whether what a page shows of `pointers` rests on inference: when any value at or beneath them
 * is inferred, the reasons of those values, each said once.
 */
export function inferenceOf(
  catalog: Catalog,
  entry: CitingEntry,
  pointers: string | readonly string[],
  locale: Locale,
): Inference | undefined {
  const inferred = inferredAt(knownFacts(catalog, entry), [pointers].flat());
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
  const asOf = knownFacts(catalog, entry).statusAsOf;
  return asOf ? fill(words.statusAsOf, { status, date: humanDate(asOf.slice(0, 7), locale) }) : status;
}
