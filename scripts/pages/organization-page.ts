import { joinList } from "../i18n/lists.ts";
import type { Catalog, OrganizationRelations } from "../catalog/catalog.ts";
import { messagesFor, type Locale } from "../i18n/messages.ts";
import { sitePaths } from "../paths/site-paths.ts";
import { absoluteUrl, type SiteConfig } from "../paths/site-config.ts";
import { humanDate } from "../i18n/human-dates.ts";
import { citationsFor, citedSources, type CitedSource } from "./citations.ts";
import { fieldLabel } from "../i18n/field-labels.ts";
import { organizationJsonLd } from "./json-ld.ts";
import { otherLanguages, paragraphsOf, textIn, type LangText } from "../i18n/localized-text.ts";
import { organizationFeedLink } from "./feed-links.ts";
import { pageFrame, type PageFrame } from "./page-frame.ts";
import { changeLines, type ChangeLine } from "./change-lines.ts";
import { pageLinks } from "../paths/page-links.ts";
import type { Location } from "../records/types.generated.ts";
import { inferenceMarks, statusText, type Inference, type InferenceMarks } from "./inferences.ts";
import {
  changeDay,
  eventLine,
  organizationLink,
  recordDatesLine,
  sourceLink,
  whereParts,
  type DateText,
  type EventLine,
  type Link,
} from "./record-lines.ts";

/**
 * One value of a fact: text, a link, or parts in different languages shown as one (a location),
 * each part marked when it is inferred. `untranslated` marks text shown in another language
 * because the record has none in the page's.
 */
export type FactValue = LangText & {
  href?: string;
  parts?: (LangText & { inferred?: Inference })[];
  untranslated?: boolean;
};

/** One row of a record's facts: a label, its values, the sources that support it, and whether they infer it. */
export interface FactRow {
  label: string;
  values: FactValue[];
  citations: number[];
  /** Present when the row's values (but for those in parts, marked each) rest on inference. */
  inferred?: Inference;
  /** Values that are sentences, read one after another rather than as a list. */
  sentences?: boolean;
}

/**
 * A location's parts as a fact's value, each marked when it is inferred; when all of them are,
 * they are left for the row to mark once.
 */
export function locationValue(location: Location, locale: Locale, marked: InferenceMarks): FactValue | undefined {
  const parts = whereParts(location, locale).map(({ field, ...text }) => ({
    text,
    inferred: marked(`/location/${field}`),
  }));
  if (!parts.length) return undefined;
  const allInferred = parts.every((part) => part.inferred);
  return {
    text: "",
    // Not `{ ...text, inferred }`: an object that starts with a spread gets a hidden class of its own.
    parts: parts.map(({ text, inferred }) => (inferred && !allInferred ? Object.assign(text, { inferred }) : text)),
  };
}

/** Whether a row's values mark their inferred parts themselves, so that the row does not. */
export function partsMarked(values: readonly FactValue[]): boolean {
  return values.some((value) => value.parts?.some((part) => part.inferred));
}

export interface OrganizationPage {
  frame: PageFrame;
  heading: LangText;
  /** Present when the name shown as the heading is inferred. */
  headingInferred?: Inference;
  withdrawn?: { successor?: Link };
  facts: FactRow[];
  description: LangText[];
  descriptionInferred?: Inference;
  /** Events it takes part in or someone spoke for it at, newest first, with how it was there. */
  events: (EventLine & { roles: string })[];
  children: Link[];
  /** Sources it published. */
  published: Link[];
  sources: CitedSource[];
  dates: string;
  /** The day the record last changed. */
  dataUpdated: DateText;
  changes: ChangeLine[];
  historyHref: string;
  jsonLd: object;
  jsonHref: string;
  /** Absent for a tombstone, which has no feed. */
  feedHref?: string;
}

/** Everything the organization template shows, ready to print: no logic is left to the template. */
export function organizationPage(
  site: SiteConfig,
  catalog: Catalog,
  id: string,
  locale: Locale,
  published: readonly Locale[],
): OrganizationPage {
  const entry = catalog.organizations.get(id)!;
  const { record } = entry;
  const relations = catalog.organizationRelations.get(id)!;
  const words = messagesFor(locale);
  const sources = citedSources(site, catalog, record.sources, locale, fieldLabel);
  const heading = textIn(record.names.display, locale);
  const feedHref = absoluteUrl(site, sitePaths.organizationFeed(id));
  const jsonHref = absoluteUrl(site, sitePaths.apiRecord("organizations", id));
  const facts: FactRow[] = [];
  const marked = inferenceMarks(catalog, entry, locale);
  const row = (label: string, pointer: string, values: FactRow["values"]) => {
    if (!values.length) return;
    const inferred = partsMarked(values) ? undefined : marked(pointer);
    facts.push({ label, values, citations: citationsFor(sources, pointer), ...(inferred ? { inferred } : {}) });
  };
  const headingInferred = marked(`/names/display/${heading.lang ?? locale}`);
  const descriptionInferred = record.description ? marked("/description") : undefined;

  for (const other of otherLanguages(record.names.display, locale)) {
    const language = other.lang ?? locale;
    row(fieldLabel(`/names/display/${language}`, locale), `/names/display/${language}`, [other]);
  }
  for (const [part, label] of [
    ["acronyms", words.fields.acronyms],
    ["aliases", words.fields.aliases],
  ] as const) {
    for (const [language, list] of Object.entries(record.names[part] ?? {})) {
      row(
        label,
        `/names/${part}/${language}`,
        list.map((text) => (language === locale ? { text } : { text, lang: language })),
      );
    }
  }
  row(words.fields.kind, "/kind", [{ text: words.organizationKinds[record.kind] }]);
  row(words.fields.status, "/status", [{ text: statusText(catalog, entry, locale) }]);
  if (record.parent) row(words.fields.parent, "/parent", [organizationLink(site, catalog, record.parent, locale)]);
  if (record.successor)
    row(words.fields.successor, "/successor", [organizationLink(site, catalog, record.successor, locale)]);
  row(
    words.fields.predecessors,
    "/id",
    relations.predecessors.map((other) => organizationLink(site, catalog, other, locale)),
  );
  const where = record.location && locationValue(record.location, locale, marked);
  if (where) row(words.fields.location, "/location", [where]);
  if (record.links?.website)
    row(words.fields.website, "/links/website", [{ text: record.links.website, href: record.links.website }]);
  row(
    words.fields.otherLinks,
    "/links/other",
    (record.links?.other ?? []).map((link) => ({ href: link.url, ...textIn(link.label, locale) })),
  );
  const external = record.externalIds ?? {};
  row(words.fields.externalIds, "/externalIds", [
    ...(external.wikidata
      ? [{ text: `Wikidata ${external.wikidata}`, href: `https://www.wikidata.org/wiki/${external.wikidata}` }]
      : []),
    ...(external.ror ? [{ text: `ROR ${external.ror}`, href: `https://ror.org/${external.ror}` }] : []),
    ...(external.isni ? [{ text: `ISNI ${external.isni}`, href: `https://isni.org/isni/${external.isni}` }] : []),
  ]);
  if (record.founded) row(words.fields.founded, "/founded", [{ text: humanDate(record.founded, locale) }]);

  const successor = record.successor ? organizationLink(site, catalog, record.successor, locale) : undefined;
  return {
    frame: pageFrame(
      site,
      {
        locale,
        sitePath: sitePaths.recordPage("organizations", id),
        title: heading.text,
        description: record.description
          ? textIn(record.description, locale).text.split("\n")[0]!
          : words.organizationKinds[record.kind],
        section: "organizations",
        feeds: entry.subscription === "feed" ? [organizationFeedLink(site, locale, heading.text, id)] : [],
        json: jsonHref,
        ...(record.successor
          ? { redirect: pageLinks(site, locale, sitePaths.recordPage("organizations", record.successor)).canonical }
          : {}),
      },
      published,
    ),
    heading,
    ...(headingInferred ? { headingInferred } : {}),
    ...(entry.live ? {} : { withdrawn: successor ? { successor } : {} }),
    facts,
    description: record.description ? paragraphsOf(textIn(record.description, locale)) : [],
    ...(descriptionInferred ? { descriptionInferred } : {}),
    events: eventsOf(catalog, relations, locale).map(({ event, roles }) => ({
      roles,
      ...eventLine(site, catalog, event, locale),
    })),
    children: relations.children.map((child) => organizationLink(site, catalog, child, locale)),
    published: relations.published.map((source) => sourceLink(site, catalog, source, locale)),
    sources,
    dates: recordDatesLine(entry.dates, locale),
    dataUpdated: changeDay(entry.dates.updated, locale),
    changes: changeLines(catalog, "organizations", id, locale),
    historyHref: absoluteUrl(site, sitePaths.apiRecordHistory("organizations", id)),
    jsonLd: organizationJsonLd(site, catalog, id),
    jsonHref,
    ...(entry.subscription === "feed" ? { feedHref } : {}),
  };
}

/**
 * The events an organization was at, as a participant or through someone who spoke for it, in
 * the catalog's event order, each with its roles and a word for the speaker, in the page's language.
 */
function eventsOf(
  catalog: Catalog,
  relations: OrganizationRelations,
  locale: Locale,
): { event: string; roles: string }[] {
  const words = messagesFor(locale);
  const roles = new Map<string, string[]>();
  for (const { event, roles: held } of relations.events)
    roles.set(
      event,
      held.map((role) => words.roles[role]),
    );
  for (const event of relations.speakerAt)
    roles.set(event, [...(roles.get(event) ?? []), words.speakerFromOrganization]);
  return [...roles]
    .sort(([a], [b]) => catalog.eventRank.get(a)! - catalog.eventRank.get(b)!)
    .map(([event, labels]) => ({ event, roles: joinList(labels, locale) }));
}

export function organizationHref(site: SiteConfig, id: string, locale: Locale): string {
  return pageLinks(site, locale, sitePaths.recordPage("organizations", id)).href;
}
