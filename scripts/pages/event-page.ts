import type { Catalog } from "../catalog/catalog.ts";
import { messagesFor, plural, type Locale } from "../i18n/messages.ts";
import { sitePaths } from "../paths/site-paths.ts";
import { absoluteUrl, type SiteConfig } from "../paths/site-config.ts";
import { humanDate, humanDateRange } from "../i18n/human-dates.ts";
import { citationsFor, citedSources, type CitedSource } from "./citations.ts";
import { fieldLabel } from "../i18n/field-labels.ts";
import { eventJsonLd } from "./json-ld.ts";
import { otherLanguages, paragraphsOf, textIn, type LangText } from "../i18n/localized-text.ts";
import { locationValue, partsMarked, type FactRow } from "./organization-page.ts";
import { inferenceMarks, statusText, type Inference } from "./inferences.ts";
import { eventsFeedLink } from "./feed-links.ts";
import { pageFrame, type PageFrame } from "./page-frame.ts";
import { changeLines, type ChangeLine } from "./change-lines.ts";
import { changeDay, eventLink, organizationLink, recordDatesLine, type DateText, type Link } from "./record-lines.ts";
import { pageLinks } from "../paths/page-links.ts";

export interface EventPage {
  frame: PageFrame;
  heading: LangText;
  /** Present when the title shown as the heading is inferred. */
  headingInferred?: Inference;
  cancelled: boolean;
  withdrawn?: { successor?: Link };
  facts: FactRow[];
  participants: { role: string; organization: Link; citations: number[]; inferred?: Inference }[];
  speakers: {
    name: LangText;
    otherNames: LangText[];
    title?: LangText;
    organization?: Link;
    inferred?: Inference;
  }[];
  description: LangText[];
  descriptionInferred?: Inference;
  sources: CitedSource[];
  dates: string;
  /** The day the record last changed. */
  dataUpdated: DateText;
  changes: ChangeLine[];
  historyHref: string;
  jsonLd: object;
  jsonHref: string;
  /** Absent for a tombstone, which has no calendar. */
  calendarHref?: string;
}

const hasTime = (dateOrDateTime: string) => dateOrDateTime.includes("T");

export function eventPage(
  site: SiteConfig,
  catalog: Catalog,
  id: string,
  locale: Locale,
  published: readonly Locale[],
): EventPage {
  const entry = catalog.events.get(id)!;
  const { record } = entry;
  const words = messagesFor(locale);
  const sources = citedSources(site, catalog, record.sources, locale, fieldLabel);
  const heading = textIn(record.title, locale);
  const jsonHref = absoluteUrl(site, sitePaths.apiRecord("events", id));
  const calendarHref = absoluteUrl(site, sitePaths.eventCalendar(id));
  const marked = inferenceMarks(catalog, entry, locale);
  const facts: FactRow[] = [];
  /** A row of facts, with the sources of the fields it shows (the dates row shows the start and the end). */
  const row = (label: string, pointers: string | readonly string[], values: FactRow["values"], sentences = false) => {
    if (!values.length) return;
    const cited = [pointers].flat().flatMap((pointer) => citationsFor(sources, pointer));
    const inferred = partsMarked(values) ? undefined : marked(pointers);
    facts.push({
      label,
      values,
      citations: [...new Set(cited)].sort((a, b) => a - b),
      ...(sentences ? { sentences } : {}),
      ...(inferred ? { inferred } : {}),
    });
  };
  const headingInferred = marked(`/title/${heading.lang ?? locale}`);
  const descriptionInferred = record.description ? marked("/description") : undefined;
  for (const other of otherLanguages(record.title, locale))
    row(words.fields.title, `/title/${other.lang ?? locale}`, [other]);
  row(words.fields.when, ["/start", "/end"], [{ text: humanDateRange(record.start, record.end, locale) }]);
  if (record.previousStart)
    row(words.fields.previousStart, "/previousStart", [{ text: humanDate(record.previousStart, locale) }]);
  // A date alone is a whole day wherever one is: a time zone says something only beside a time.
  if (hasTime(record.start) || (record.end && hasTime(record.end)))
    row(words.fields.timeZone, "/timeZone", [{ text: record.timeZone }]);
  const where = record.location && locationValue(record.location, locale, marked);
  if (where) row(words.fields.where, "/location", [where]);
  row(words.fields.kind, "/kind", [{ text: words.eventKinds[record.kind] }]);
  row(words.fields.status, "/status", [{ text: statusText(catalog, entry, locale) }]);
  if (record.attendance) {
    const attendance = record.attendance;
    const description = attendance.description ? textIn(attendance.description, locale) : undefined;
    // "50 people attended. Representatives of …": read as sentences, not as a list.
    row(
      words.fields.attendance,
      "/attendance",
      [
        ...(attendance.count !== undefined ? [{ text: plural(words.finding.attended, attendance.count, locale) }] : []),
        ...(description ? [description.lang ? { ...description, untranslated: true } : description] : []),
      ],
      true,
    );
  }

  return {
    frame: pageFrame(
      site,
      {
        locale,
        sitePath: sitePaths.recordPage("events", id),
        title: heading.text,
        description: `${words.eventKinds[record.kind]}, ${humanDateRange(record.start, record.end, locale)}`,
        section: "events",
        feeds: [
          eventsFeedLink(site, locale),
          ...(entry.subscription === "calendar"
            ? [{ title: words.calendar, href: calendarHref, type: "text/calendar" as const }]
            : []),
        ],
        json: jsonHref,
        ...(record.successor
          ? { redirect: pageLinks(site, locale, sitePaths.recordPage("events", record.successor)).canonical }
          : {}),
      },
      published,
    ),
    heading,
    ...(headingInferred ? { headingInferred } : {}),
    cancelled: record.status === "cancelled",
    ...(entry.live
      ? {}
      : { withdrawn: record.successor ? { successor: eventLink(site, catalog, record.successor, locale) } : {} }),
    facts,
    participants: (record.participants ?? []).map((participant, index) => {
      const inferred = marked(`/participants/${index}`);
      return {
        role: words.roles[participant.role],
        organization: organizationLink(site, catalog, participant.organization, locale),
        citations: citationsFor(sources, `/participants/${index}`),
        ...(inferred ? { inferred } : {}),
      };
    }),
    speakers: (record.speakers ?? []).map((speaker, index) => {
      const inferred = marked(`/speakers/${index}`);
      return {
        name: textIn(speaker.name, locale),
        otherNames: otherLanguages(speaker.name, locale),
        ...(speaker.title ? { title: textIn(speaker.title, locale) } : {}),
        ...(speaker.organization
          ? { organization: organizationLink(site, catalog, speaker.organization, locale) }
          : {}),
        ...(inferred ? { inferred } : {}),
      };
    }),
    description: record.description ? paragraphsOf(textIn(record.description, locale)) : [],
    ...(descriptionInferred ? { descriptionInferred } : {}),
    sources,
    dates: recordDatesLine(entry.dates, locale),
    dataUpdated: changeDay(entry.dates.updated, locale),
    changes: changeLines(catalog, "events", id, locale),
    historyHref: absoluteUrl(site, sitePaths.apiRecordHistory("events", id)),
    jsonLd: eventJsonLd(site, catalog, id),
    jsonHref,
    ...(entry.subscription === "calendar" ? { calendarHref } : {}),
  };
}
