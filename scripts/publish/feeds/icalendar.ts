import { tzlib_get_ical_block } from "timezones-ical-library";
import type { Catalog, CatalogEntry } from "../../catalog/catalog.ts";
import { messages } from "../../i18n/messages.ts";
import { nextDay, startInstant, zonedParts } from "../../records/event-dates.ts";
import { absoluteUrl, type SiteConfig } from "../../site-config.ts";
import { sitePaths } from "../site-paths.ts";
import { localized, participantsText, whereText } from "./event-lines.ts";
import { contentLines, escapeText } from "./icalendar-lines.ts";
import { xmlSafe } from "./xml-text.ts";
import { KeptPieces, pieceOf } from "../kept-pieces.ts";
import type { OutputPiece, PieceStream } from "../outputs/output.ts";

const productId = "-//lingang-sci-tech-cluster-registry//Events//EN";
/** UIDs stay the same wherever the site is hosted, so subscribers never see duplicates. */
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
export function eventsCalendar(site: SiteConfig, catalog: Catalog): PieceStream {
  return { pieces: () => calendar(site, catalog, catalog.liveEventsNewestFirst, messages.en.siteName) };
}

/** `calendar/events/<id>.ics`: one event. */
export function eventCalendar(site: SiteConfig, catalog: Catalog, id: string): OutputPiece[] {
  return [...calendar(site, catalog, [id], localized(catalog.events.get(id)!.record.title, "en"))];
}

/**
 * A calendar as pieces, made one by one: the calendar of all events is tens of megabytes at
 * 100,000 records. The time zones its events use come first, so the events are gone through twice.
 */
function* calendar(site: SiteConfig, catalog: Catalog, ids: readonly string[], name: string): Generator<OutputPiece> {
  const zones = new Map<string, string | undefined>();
  for (const id of ids) {
    const { timeZone } = catalog.events.get(id)!.record;
    if (!zones.has(timeZone)) zones.set(timeZone, timeZoneBlock(timeZone));
  }
  const head = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${productId}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(xmlSafe(name))}`,
    ...[...zones.values()].flatMap((block) => (block ? block.split("\r\n") : [])),
  ];
  yield contentLines(head);
  for (const id of ids) {
    const entry = catalog.events.get(id)!;
    yield eventBlock(site, catalog, entry, zones.get(entry.record.timeZone));
  }
  yield contentLines(["END:VCALENDAR"]);
}

/**
 * An event's VEVENT, folded, kept per catalog entry (see `pieceOf`): the same piece goes into the
 * event's own calendar and into the calendar of all events. (A new catalog has new entries.)
 */
const eventBlocks = new KeptPieces<CatalogEntry<"events">, { site: SiteConfig; block: OutputPiece }>();

function eventBlock(
  site: SiteConfig,
  catalog: Catalog,
  entry: CatalogEntry<"events">,
  zoneBlock: string | undefined,
): OutputPiece {
  const kept = eventBlocks.get(entry);
  if (kept?.site === site) return kept.block;
  const block = pieceOf(contentLines(eventLines(site, catalog, entry, zoneBlock)));
  eventBlocks.set(entry, { site, block });
  return block;
}

const timeZoneBlocks = new Map<string, string | undefined>();

/**
 * The VTIMEZONE of a zone, or undefined when the library lacks it (times are then given in UTC).
 * Kept per zone: the library rebuilds its whole table on every call.
 */
function timeZoneBlock(timeZone: string): string | undefined {
  if (!timeZoneBlocks.has(timeZone)) {
    const block = tzlib_get_ical_block(timeZone);
    timeZoneBlocks.set(timeZone, Array.isArray(block) ? block[0] : undefined);
  }
  return timeZoneBlocks.get(timeZone);
}

function eventLines(
  site: SiteConfig,
  catalog: Catalog,
  entry: CatalogEntry<"events">,
  zoneBlock: string | undefined,
): string[] {
  const { record } = entry;
  const tzid = zoneBlock ? /^TZID:(.*)$/m.exec(zoneBlock)![1]!.trim() : undefined;
  const where = whereText(record, "en");
  const who = participantsText(record, catalog, "en");
  const description = [who, record.description ? localized(record.description, "en") : undefined]
    .filter(Boolean)
    .join("\n\n");
  return [
    "BEGIN:VEVENT",
    `UID:${entry.id}@${uidDomain}`,
    `DTSTAMP:${utcStamp(entry.dates.updated)}`,
    `CREATED:${utcStamp(entry.dates.created)}`,
    `LAST-MODIFIED:${utcStamp(entry.dates.updated)}`,
    `SEQUENCE:${entry.dates.revision ?? 0}`,
    ...dateLines(record.start, record.end, record.timeZone, tzid),
    `SUMMARY:${escapeText(xmlSafe(localized(record.title, "en")))}`,
    ...(description ? [`DESCRIPTION:${escapeText(xmlSafe(description))}`] : []),
    ...(where ? [`LOCATION:${escapeText(xmlSafe(where))}`] : []),
    `URL:${absoluteUrl(site, sitePaths.recordPage("events", entry.id))}`,
    `CATEGORIES:${escapeText(messages.en.eventKinds[record.kind])}`,
    `STATUS:${statusOf[record.status]}`,
    "END:VEVENT",
  ];
}

/**
 * DTSTART and DTEND of the same value type (section 3.8.2.2): whole days as DATE values
 * with an exclusive end, or local times in the event's zone when the start has a time.
 */
function dateLines(start: string, end: string | undefined, timeZone: string, tzid: string | undefined): string[] {
  if (!start.includes("T")) {
    const lastDay = end ? (end.includes("T") ? localDateOfInstant(end, timeZone) : end) : start;
    return [`DTSTART;VALUE=DATE:${compactDate(start)}`, `DTEND;VALUE=DATE:${compactDate(nextDay(lastDay))}`];
  }
  const lines = [dateTimeLine("DTSTART", Date.parse(start), timeZone, tzid)];
  if (end) {
    // A whole-day end finishes at the midnight after it, local time.
    const endInstant = end.includes("T") ? Date.parse(end) : startInstant(nextDay(end), timeZone);
    lines.push(dateTimeLine("DTEND", endInstant, timeZone, tzid));
  }
  return lines;
}

function dateTimeLine(name: string, instant: number, timeZone: string, tzid: string | undefined): string {
  if (!tzid) return `${name}:${utcStamp(new Date(instant).toISOString())}`;
  const p = zonedParts(instant, timeZone);
  return `${name};TZID=${tzid}:${p.year}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

function localDateOfInstant(value: string, timeZone: string): string {
  const p = zonedParts(Date.parse(value), timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

function utcStamp(iso: string): string {
  return `${iso.replace(/[-:]/g, "").replace(/\.\d+/, "").slice(0, 15)}Z`;
}

function compactDate(date: string): string {
  return date.replace(/-/g, "");
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
