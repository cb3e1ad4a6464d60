import type { CatalogEntry } from "../../catalog/catalog.ts";
import { messages } from "../../i18n/messages.ts";
import { absoluteUrl } from "../../paths/site-config.ts";
import { sitePaths } from "../../paths/site-paths.ts";
import { localized, participantsText, whereText } from "./event-lines.ts";
import { contentLines, escapeText } from "./icalendar-lines.ts";
import { calendarSpan, dateLines, localYears, type CalendarSpan } from "./icalendar-event-dates.ts";
import { vtimezoneLines } from "./vtimezone.ts";
import { ZoneTransitions } from "./zone-transitions.ts";
import { xmlSafe } from "./xml-text.ts";
import { cacheSlot } from "../output-cache.ts";
import type { OutputContext } from "../output-context.ts";
import type { OutputPiece, PieceStream } from "../output.ts";
import { eventIdentifier } from "../../contract/stable-identifiers.ts";

const productId = "-//lingang-sci-tech-cluster-registry//Events//EN";

const statusOf = {
  scheduled: "CONFIRMED",
  rescheduled: "CONFIRMED",
  completed: "CONFIRMED",
  postponed: "TENTATIVE",
  cancelled: "CANCELLED",
  // Withdrawn events are left out of calendars; should one slip in, it must not look confirmed.
  withdrawn: "CANCELLED",
} as const;

/** `calendar/events.ics`: every event, newest first. */
export function eventsCalendar(context: OutputContext): PieceStream {
  return { pieces: () => calendar(context, context.catalog.liveEventsNewestFirst, messages.en.siteName) };
}

/** `calendar/events/<id>.ics`: one event. */
export function eventCalendar(context: OutputContext, id: string): OutputPiece[] {
  return [...calendar(context, [id], localized(context.catalog.events.get(id)!.record.title, "en"))];
}

/**
 * A calendar as pieces, made one by one: the calendar of all events is tens of megabytes at
 * 100,000 records. The time zones its events use come first, each described for the years in
 * which its events fall, so the events are gone through twice.
 */
function* calendar(context: OutputContext, ids: readonly string[], name: string): Generator<OutputPiece> {
  const { catalog } = context;
  const zones = new Map<string, Set<number>>();
  for (const id of ids) {
    const entry = catalog.events.get(id)!;
    const { record } = entry;
    const years = localYears(spanOf(context, entry));
    if (!years.length) continue;
    const zoneYears = zones.get(record.timeZone) ?? new Set();
    for (const year of years) zoneYears.add(year);
    zones.set(record.timeZone, zoneYears);
  }
  const head = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${productId}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(xmlSafe(name))}`,
    ...[...zones].flatMap(([timeZone, years]) => vtimezone(context, timeZone, years)),
  ];
  yield contentLines(head);
  for (const id of ids) yield eventBlock(context, catalog.events.get(id)!);
  yield contentLines(["END:VCALENDAR"]);
}

/** Kept for the build: the calendar of all events goes through its events twice, and each event has a calendar of its own. */
const calendarSpans = cacheSlot<CatalogEntry<"events">, CalendarSpan>("calendar spans", "every build");

function spanOf(context: OutputContext, entry: CatalogEntry<"events">): CalendarSpan {
  return context.cache.getOrKeep(calendarSpans, entry, () => calendarSpan(entry.record));
}

/**
 * Kept for the build, by zone and years, and each zone's offset changes by zone: every event's
 * own calendar asks for its zone and year again, and Temporal is slow to find a change.
 */
const timeZoneBlocks = cacheSlot<string, readonly string[]>("time zone blocks", "every build");
const zoneTransitions = cacheSlot<string, ZoneTransitions>("zone transitions", "every build");

function vtimezone({ cache }: OutputContext, timeZone: string, years: Set<number>): readonly string[] {
  const sorted = [...years].sort((a, b) => a - b);
  return cache.getOrKeep(timeZoneBlocks, `${timeZone} ${sorted.join(" ")}`, () =>
    vtimezoneLines(
      timeZone,
      sorted,
      cache.getOrKeep(zoneTransitions, timeZone, () => new ZoneTransitions(timeZone)),
    ),
  );
}

/**
 * An event's VEVENT, folded, kept per catalog entry for rebuilds (see `OutputCache.piece`): the
 * same piece goes into the event's own calendar and into the calendar of all events.
 */
const eventBlocks = cacheSlot<CatalogEntry<"events">, OutputPiece>("calendar events", "rebuilds");

function eventBlock(context: OutputContext, entry: CatalogEntry<"events">): OutputPiece {
  return (
    context.cache.get(eventBlocks, entry) ??
    context.cache.keep(eventBlocks, entry, context.cache.piece(contentLines(eventLines(context, entry))))
  );
}

function eventLines(context: OutputContext, entry: CatalogEntry<"events">): string[] {
  const { site, catalog } = context;
  const { record } = entry;
  const where = whereText(record, "en");
  const who = participantsText(record, catalog, "en");
  const description = [who, record.description ? localized(record.description, "en") : undefined]
    .filter(Boolean)
    .join("\n\n");
  return [
    "BEGIN:VEVENT",
    `UID:${eventIdentifier(entry)}`,
    `DTSTAMP:${utcStamp(entry.dates.updated)}`,
    `CREATED:${utcStamp(entry.dates.created)}`,
    `LAST-MODIFIED:${utcStamp(entry.dates.updated)}`,
    `SEQUENCE:${entry.dates.revision ?? 0}`,
    ...dateLines(spanOf(context, entry), record.timeZone),
    `SUMMARY:${escapeText(xmlSafe(localized(record.title, "en")))}`,
    ...(description ? [`DESCRIPTION:${escapeText(xmlSafe(description))}`] : []),
    ...(where ? [`LOCATION:${escapeText(xmlSafe(where))}`] : []),
    `URL:${absoluteUrl(site, sitePaths.recordPage("events", entry.id))}`,
    `CATEGORIES:${escapeText(messages.en.eventKinds[record.kind])}`,
    `STATUS:${statusOf[record.status]}`,
    "END:VEVENT",
  ];
}

function utcStamp(iso: string): string {
  return `${iso.replace(/[-:]/g, "").replace(/\.\d+/, "").slice(0, 15)}Z`;
}
