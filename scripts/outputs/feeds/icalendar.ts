import type { Catalog, CatalogEntry } from "../../catalog/catalog.ts";
import { messages } from "../../i18n/messages.ts";
import { Temporal } from "@js-temporal/polyfill";
import { localDateOf, nextDay, startOfDay, zonedDateTimeOf } from "../../records/event-dates.ts";
import { absoluteUrl, type SiteConfig } from "../../paths/site-config.ts";
import { sitePaths } from "../../paths/site-paths.ts";
import { localized, participantsText, whereText } from "./event-lines.ts";
import { contentLines, escapeText } from "./icalendar-lines.ts";
import { calendarDate, calendarDateTime, isWritable } from "./icalendar-dates.ts";
import { vtimezoneLines } from "./vtimezone.ts";
import { xmlSafe } from "./xml-text.ts";
import { cacheSlot } from "../output-cache.ts";
import type { OutputContext } from "../output-context.ts";
import type { OutputPiece, PieceStream } from "../output.ts";
import type { Event } from "../../records/types.generated.ts";

const productId = "-//lingang-sci-tech-cluster-registry//Events//EN";
/**
 * UIDs stay the same wherever the site is hosted, and when the record is renamed (they name its
 * first id), so subscribers never see duplicates.
 */
const uidDomain = "lingang-sci-tech-cluster-registry";

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
    const { record } = catalog.events.get(id)!;
    const years = localYears(record);
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
    ...[...zones].flatMap(([timeZone, years]) => vtimezoneLines(timeZone, years)),
  ];
  yield contentLines(head);
  for (const id of ids) yield eventBlock(context, catalog.events.get(id)!);
  yield contentLines(["END:VCALENDAR"]);
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

function eventLines({ site, catalog }: OutputContext, entry: CatalogEntry<"events">): string[] {
  const { record } = entry;
  const where = whereText(record, "en");
  const who = participantsText(record, catalog, "en");
  const description = [who, record.description ? localized(record.description, "en") : undefined]
    .filter(Boolean)
    .join("\n\n");
  return [
    "BEGIN:VEVENT",
    `UID:${entry.firstId}@${uidDomain}`,
    `DTSTAMP:${utcStamp(entry.dates.updated)}`,
    `CREATED:${utcStamp(entry.dates.created)}`,
    `LAST-MODIFIED:${utcStamp(entry.dates.updated)}`,
    `SEQUENCE:${entry.dates.revision ?? 0}`,
    ...dateLines(record),
    `SUMMARY:${escapeText(xmlSafe(localized(record.title, "en")))}`,
    ...(description ? [`DESCRIPTION:${escapeText(xmlSafe(description))}`] : []),
    ...(where ? [`LOCATION:${escapeText(xmlSafe(where))}`] : []),
    `URL:${absoluteUrl(site, sitePaths.recordPage("events", entry.id))}`,
    `CATEGORIES:${escapeText(messages.en.eventKinds[record.kind])}`,
    `STATUS:${statusOf[record.status]}`,
    "END:VEVENT",
  ];
}

/** When an event takes place, as a calendar gives it: whole days, or moments in the event's zone. */
type CalendarSpan =
  | { kind: "days"; start: Temporal.PlainDate; /** Exclusive. */ end: Temporal.PlainDate }
  | { kind: "moments"; start: Temporal.ZonedDateTime; end?: Temporal.ZonedDateTime };

/** Kept per record: the calendar of all events goes through its events twice. */
const calendarSpans = new WeakMap<Event, CalendarSpan>();

function calendarSpan(record: Event): CalendarSpan {
  let span = calendarSpans.get(record);
  if (!span) {
    span = spanOf(record);
    calendarSpans.set(record, span);
  }
  return span;
}

function spanOf({ start, end, timeZone }: Event): CalendarSpan {
  if (!start.includes("T")) {
    const lastDay = end ? localDateOf(end, timeZone) : Temporal.PlainDate.from(start);
    return { kind: "days", start: Temporal.PlainDate.from(start), end: nextDay(lastDay) };
  }
  if (!end) return { kind: "moments", start: zonedDateTimeOf(start, timeZone) };
  // A whole-day end finishes at the first moment of the day after it, local time.
  const endsAt = end.includes("T") ? zonedDateTimeOf(end, timeZone) : startOfDay(nextDay(end), timeZone);
  return { kind: "moments", start: zonedDateTimeOf(start, timeZone), end: endsAt };
}

/** The local years in which an event's calendar gives local times: none for whole days, which are DATE values. */
function localYears(record: Event): number[] {
  const span = calendarSpan(record);
  if (span.kind === "days") return [];
  const end = span.end?.toPlainDateTime();
  return end && isWritable(end) ? [span.start.year, end.year] : [span.start.year];
}

/**
 * DTSTART and DTEND of the same value type (section 3.8.2.2): whole days as DATE values
 * with an exclusive end, or local times in the event's zone when the start has a time. An end
 * after 9999 cannot be written (the day after 31 December 9999): the event's length is given
 * instead (DURATION, section 3.8.2.5), in days for whole days and in hours, minutes and seconds
 * (exact time) for moments.
 */
function dateLines(record: Event): string[] {
  const span = calendarSpan(record);
  if (span.kind === "days") {
    return [
      `DTSTART;VALUE=DATE:${calendarDate(span.start)}`,
      isWritable(span.end)
        ? `DTEND;VALUE=DATE:${calendarDate(span.end)}`
        : `DURATION:P${span.start.until(span.end).days}D`,
    ];
  }
  const zone = `TZID=${record.timeZone}`;
  const lines = [`DTSTART;${zone}:${calendarDateTime(span.start.toPlainDateTime())}`];
  if (span.end) {
    const end = span.end.toPlainDateTime();
    lines.push(
      isWritable(end) ? `DTEND;${zone}:${calendarDateTime(end)}` : `DURATION:${exactDuration(span.start, span.end)}`,
    );
  }
  return lines;
}

/** `PT14H`, `PT1H30M`, `PT0H0M5S`: hours, minutes and seconds as section 3.3.6 orders them, from whole seconds. */
function exactDuration(start: Temporal.ZonedDateTime, end: Temporal.ZonedDateTime): string {
  const { hours, minutes, seconds } = start
    .round({ smallestUnit: "second", roundingMode: "trunc" })
    .until(end, { largestUnit: "hours", smallestUnit: "seconds", roundingMode: "trunc" });
  if (hours) return `PT${hours}H${minutes || seconds ? `${minutes}M` : ""}${seconds ? `${seconds}S` : ""}`;
  if (minutes) return `PT${minutes}M${seconds ? `${seconds}S` : ""}`;
  return `PT${seconds}S`;
}

function utcStamp(iso: string): string {
  return `${iso.replace(/[-:]/g, "").replace(/\.\d+/, "").slice(0, 15)}Z`;
}
