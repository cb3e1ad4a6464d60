/**
 * When an event takes place, in iCalendar's terms: DTSTART and DTEND (or DURATION), and the local
 * years for which its calendar needs the event's time zone.
 */
import { Temporal } from "@js-temporal/polyfill";
import { localDateOf, nextDay, startOfDay, zonedDateTimeOf } from "../../records/event-dates.ts";
import type { Event } from "../../records/types.generated.ts";
import { calendarDate, calendarDateTime, isWritable } from "./icalendar-dates.ts";

/** When an event takes place, as a calendar gives it: whole days, or moments in the event's zone. */
export type CalendarSpan =
  | { kind: "days"; start: Temporal.PlainDate; /** Exclusive. */ end: Temporal.PlainDate }
  | { kind: "moments"; start: Temporal.ZonedDateTime; end?: Temporal.ZonedDateTime };

/** When an event takes place, worked out with Temporal: worth keeping for an event asked about more than once. */
export function calendarSpan({ start, end, timeZone }: Event): CalendarSpan {
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
export function localYears(span: CalendarSpan): number[] {
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
export function dateLines(span: CalendarSpan, timeZone: string): string[] {
  if (span.kind === "days") {
    return [
      `DTSTART;VALUE=DATE:${calendarDate(span.start)}`,
      isWritable(span.end)
        ? `DTEND;VALUE=DATE:${calendarDate(span.end)}`
        : `DURATION:P${span.start.until(span.end).days}D`,
    ];
  }
  const zone = `TZID=${timeZone}`;
  const lines = [`DTSTART;${zone}:${calendarDateTime(span.start.toPlainDateTime())}`];
  if (span.end) {
    const end = span.end.toPlainDateTime();
    lines.push(
      isWritable(end) ? `DTEND;${zone}:${calendarDateTime(end)}` : `DURATION:${exactDuration(span.start, span.end)}`,
    );
  }
  return lines;
}

/** `PT14H`, `PT1H30M`, `PT1H0M5S`: hours, minutes and seconds as section 3.3.6 orders them, from whole seconds. */
function exactDuration(start: Temporal.ZonedDateTime, end: Temporal.ZonedDateTime): string {
  const { hours, minutes, seconds } = start
    .round({ smallestUnit: "second", roundingMode: "trunc" })
    .until(end, { largestUnit: "hours", smallestUnit: "seconds", roundingMode: "trunc" });
  if (hours) return `PT${hours}H${minutes || seconds ? `${minutes}M` : ""}${seconds ? `${seconds}S` : ""}`;
  if (minutes) return `PT${minutes}M${seconds ? `${seconds}S` : ""}`;
  return `PT${seconds}S`;
}
