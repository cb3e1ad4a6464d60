import type { CatalogEntry } from "../../catalog/catalog.ts";
import { messages } from "../../i18n/messages.ts";
import { absoluteUrl } from "../../paths/site-config.ts";
import { sitePaths } from "../../paths/site-paths.ts";
import { localized, participantsText, whereText } from "./event-lines.ts";
import { contentLines, escapeText } from "./icalendar-lines.ts";
import { dateLines, localYears } from "./icalendar-event-dates.ts";
import { vtimezoneLines } from "./vtimezone.ts";
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
    `UID:${eventIdentifier(entry)}`,
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

function utcStamp(iso: string): string {
  return `${iso.replace(/[-:]/g, "").replace(/\.\d+/, "").slice(0, 15)}Z`;
}
