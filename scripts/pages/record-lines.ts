import type { Catalog, RecordDates } from "../catalog/catalog.ts";
import { fill, messages, type Locale } from "../i18n/messages.ts";
import type { CollectionName } from "../records/collections.ts";
import type { Location } from "../records/types.generated.ts";
import { sitePaths } from "../publish/site-paths.ts";
import type { SiteConfig } from "../site-config.ts";
import { humanDate, humanDateRange } from "../text/human-dates.ts";
import { textIn, type LangText } from "./localized-text.ts";
import { pageLinks } from "./page-links.ts";

export type Link = LangText & { href: string };

export interface EventLine {
  title: LangText;
  href: string;
  when: string;
  status: string;
  kind: string;
}

function recordHref(site: SiteConfig, collection: CollectionName, id: string, locale: Locale): string {
  return pageLinks(site, locale, sitePaths.recordPage(collection, id)).href;
}

export function organizationLink(site: SiteConfig, catalog: Catalog, id: string, locale: Locale): Link {
  const { record } = catalog.organizations.get(id)!;
  return { ...textIn(record.names.display, locale), href: recordHref(site, "organizations", id, locale) };
}

export function sourceLink(site: SiteConfig, catalog: Catalog, id: string, locale: Locale): Link {
  const { record } = catalog.sources.get(id)!;
  return { ...textIn(record.title, locale), href: recordHref(site, "sources", id, locale) };
}

export function eventLink(site: SiteConfig, catalog: Catalog, id: string, locale: Locale): Link {
  const { record } = catalog.events.get(id)!;
  return { ...textIn(record.title, locale), href: recordHref(site, "events", id, locale) };
}

export function eventLine(site: SiteConfig, catalog: Catalog, id: string, locale: Locale): EventLine {
  const { record } = catalog.events.get(id)!;
  return {
    title: textIn(record.title, locale),
    href: recordHref(site, "events", id, locale),
    when: humanDateRange(record.start, record.end, locale),
    status: messages.en.eventStatuses[record.status],
    kind: messages.en.eventKinds[record.kind],
  };
}

const countryNames = new Intl.DisplayNames(["en"], { type: "region" });

/** A location as one line, in the page's language where the record has it. */
export function whereLine(location: Location, locale: Locale): LangText | undefined {
  const parts = [location.place, location.city].flatMap((part) => (part ? [textIn(part, locale)] : []));
  const country = location.country ? countryNames.of(location.country) : undefined;
  const texts = [...parts.map((part) => part.text), ...(country ? [country] : [])];
  if (!texts.length) return undefined;
  // One line carries one lang attribute: mark it only when every part is in the same other language.
  const languages = new Set(parts.map((part) => part.lang));
  const lang = languages.size === 1 && !country ? [...languages][0] : undefined;
  return lang ? { text: texts.join(", "), lang } : { text: texts.join(", ") };
}

export function recordDatesLine(dates: RecordDates, locale: Locale): string {
  return fill(messages.en.recordDates, {
    created: humanDate(dates.created.slice(0, 10), locale),
    updated: humanDate(dates.updated.slice(0, 10), locale),
  });
}
