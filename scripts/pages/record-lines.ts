import type { Catalog } from "../catalog/catalog.ts";
import type { RecordDates } from "../history/record-dates.ts";
import { displayName } from "../i18n/display-names.ts";
import { fill, messagesFor, type Locale } from "../i18n/messages.ts";
import type { CollectionName } from "../records/collections.ts";
import type { Location } from "../records/types.generated.ts";
import { sitePaths } from "../paths/site-paths.ts";
import type { SiteConfig } from "../paths/site-config.ts";
import { humanDate, humanDateRange } from "../i18n/human-dates.ts";
import { textIn, type LangText } from "../i18n/localized-text.ts";
import { pageLinks } from "../paths/page-links.ts";
import { inferenceOf, statusText, type Inference } from "./inferences.ts";

export type Link = LangText & { href: string };

/** A sentence with a link inside it. */
export interface LinkInText {
  before: string;
  link: Link;
  after: string;
}

export interface EventLine {
  title: LangText;
  href: string;
  when: string;
  /** The status, as of its sources' date when it says how things stand. */
  status: string;
  kind: string;
  /** Present when the line's dates, kind or status rest on inference. */
  inferred?: Inference;
}

function recordHref(site: SiteConfig, collection: CollectionName, id: string, locale: Locale): string {
  return pageLinks(site, locale, sitePaths.recordPage(collection, id)).href;
}

export function organizationLink(site: SiteConfig, catalog: Catalog, id: string, locale: Locale): Link {
  const { record } = catalog.organizations.get(id)!;
  return { href: recordHref(site, "organizations", id, locale), ...textIn(record.names.display, locale) };
}

export function sourceLink(site: SiteConfig, catalog: Catalog, id: string, locale: Locale): Link {
  const { record } = catalog.sources.get(id)!;
  return { href: recordHref(site, "sources", id, locale), ...textIn(record.title, locale) };
}

export function eventLink(site: SiteConfig, catalog: Catalog, id: string, locale: Locale): Link {
  const { record } = catalog.events.get(id)!;
  return { href: recordHref(site, "events", id, locale), ...textIn(record.title, locale) };
}

export function eventLine(site: SiteConfig, catalog: Catalog, id: string, locale: Locale): EventLine {
  const entry = catalog.events.get(id)!;
  const { record } = entry;
  const inferred = inferenceOf(catalog, entry, ["/start", "/end", "/kind", "/status"], locale);
  return {
    title: textIn(record.title, locale),
    href: recordHref(site, "events", id, locale),
    when: humanDateRange(record.start, record.end, locale),
    status: statusText(catalog, entry, locale),
    kind: messagesFor(locale).eventKinds[record.kind],
    ...(inferred ? { inferred } : {}),
  };
}

/** A country's name in the page's language, from its ISO 3166-1 code. */
export function countryName(code: string, locale: Locale): string {
  return displayName("region", code, locale);
}

/** A part of a location as shown, and the field it comes from. */
export type WherePart = LangText & { field: "place" | "city" | "country" };

/** A location as its parts (place, city, country), each in the page's language where the record has it. */
export function whereParts(location: Location, locale: Locale): WherePart[] {
  const parts: WherePart[] = [];
  for (const field of ["place", "city"] as const) {
    const text = location[field];
    if (text) parts.push({ ...textIn(text, locale), field });
  }
  if (location.country) parts.push({ text: countryName(location.country, locale), field: "country" });
  return parts;
}

export function recordDatesLine(dates: RecordDates, locale: Locale): string {
  return fill(messagesFor(locale).recordDates, {
    created: humanDate(dates.created.slice(0, 10), locale),
    updated: humanDate(dates.updated.slice(0, 10), locale),
  });
}

/** A date for a `<time>` element: its machine-readable value and how the page's language says it. */
export interface DateText {
  datetime: string;
  text: string;
}

/** The day of a change (a git date-time with its offset), for "Data updated …". */
export function changeDay(dateTime: string, locale: Locale): DateText {
  const day = dateTime.slice(0, 10);
  return { datetime: day, text: humanDate(day, locale) };
}
