/**
 * What an event's dates mean, worked out with Temporal: `Date` reads years 0 to 99 as 1900 to
 * 1999 and writes year 10000 as `+010000`, and the registry's dates run from the year 1000 to
 * 9999 (see schemas/defs.md).
 */
import { Temporal } from "@js-temporal/polyfill";

/**
 * A date-time of a record, as the local time it writes in the event's zone. The offset written
 * is the zone's own to the minute (the offset rule checks it), and before standard time the
 * zone's offset has seconds (New York's local mean time was −04:56:02): Temporal then keeps the
 * written wall-clock time, so that the time reads the same on the page and in calendars.
 */
export function zonedDateTimeOf(value: string, timeZone: string): Temporal.ZonedDateTime {
  const key = `${timeZone} ${value}`;
  let zoned = zonedDateTimes.get(key);
  if (!zoned) {
    zoned = Temporal.ZonedDateTime.from(`${value}[${timeZone}]`, { offset: "prefer" });
    zonedDateTimes.set(key, zoned);
  }
  return zoned;
}

/** Parsed once per zone and value: a catalog, its calendars and its validation ask for the same ones. */
const zonedDateTimes = new Map<string, Temporal.ZonedDateTime>();

/** The moment a date of a record starts in the event's zone: the first moment of that day there. */
export function startOfDay(date: string | Temporal.PlainDate, timeZone: string): Temporal.ZonedDateTime {
  const key = `${timeZone} ${date.toString()}`;
  let start = dayStarts.get(key);
  if (!start) {
    // Usually midnight; where the clocks skipped midnight, the first moment after the gap.
    start = Temporal.PlainDate.from(date).toZonedDateTime(timeZone);
    dayStarts.set(key, start);
  }
  return start;
}

const dayStarts = new Map<string, Temporal.ZonedDateTime>();

/** A date, or a date-time seen in the given zone, as the calendar day it falls on there. */
export function localDateOf(value: string, timeZone: string): Temporal.PlainDate {
  return value.includes("T") ? zonedDateTimeOf(value, timeZone).toPlainDate() : Temporal.PlainDate.from(value);
}

/**
 * The instant an event starts, in milliseconds since 1970: its date-time, or for a date alone,
 * the start of that day in the event's zone. Feeds and sorting need one instant per event.
 */
export function startInstant(start: string, timeZone: string): number {
  return (start.includes("T") ? zonedDateTimeOf(start, timeZone) : startOfDay(start, timeZone)).epochMilliseconds;
}

/** The calendar day after a YYYY-MM-DD date, for exclusive ends. */
export function nextDay(date: string | Temporal.PlainDate): Temporal.PlainDate {
  return Temporal.PlainDate.from(date).add({ days: 1 });
}

/** An instant written with an offset (`Z` or ±hh:mm), exactly as written. */
export function instantOf(value: string): Temporal.Instant {
  return Temporal.Instant.from(value);
}

/** A zone's offset from UTC at an instant, in whole minutes, as a record writes it (seconds of local mean time rounded). */
export function offsetMinutesAt(instant: Temporal.Instant, timeZone: string): number {
  return Math.round(instant.toZonedDateTimeISO(timeZone).offsetNanoseconds / 60e9);
}

/** The wall-clock time of an instant in a zone. */
export function wallClockAt(instant: Temporal.Instant, timeZone: string): Temporal.PlainDateTime {
  return instant.toZonedDateTimeISO(timeZone).toPlainDateTime();
}
