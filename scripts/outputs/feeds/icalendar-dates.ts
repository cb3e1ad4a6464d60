/**
 * DATE and DATE-TIME values (RFC 5545 sections 3.3.4 and 3.3.5): four-digit years, always.
 * Records keep to the years 1000 to 9999, so only a value worked out from them, such as the day
 * after 31 December 9999, can fall outside; callers check `isWritable` first.
 */
import type { Temporal } from "@js-temporal/polyfill";

/** Whether iCalendar can write a date of this year. */
export function isWritable(date: Temporal.PlainDate | Temporal.PlainDateTime): boolean {
  return date.year >= 0 && date.year <= 9999;
}

/** `YYYYMMDD`. */
export function calendarDate(date: Temporal.PlainDate | Temporal.PlainDateTime): string {
  if (!isWritable(date)) throw new RangeError(`iCalendar cannot write the year ${date.year}`);
  return `${pad(date.year, 4)}${pad(date.month)}${pad(date.day)}`;
}

/** `YYYYMMDDTHHMMSS`: a local time, without a zone. */
export function calendarDateTime(time: Temporal.PlainDateTime): string {
  return `${calendarDate(time)}T${pad(time.hour)}${pad(time.minute)}${pad(time.second)}`;
}

function pad(value: number, digits = 2): string {
  return String(value).padStart(digits, "0");
}
