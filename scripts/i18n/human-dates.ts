import { Temporal } from "@js-temporal/polyfill";
import type { Locale } from "./messages.ts";

const englishMonths = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * Dates for people, spelled by hand rather than by Intl: ICU versions differ between Node
 * releases (spaces, separators), and published files must be the same on every machine.
 * A date-time is shown as written, in its own offset, which is the event's local time.
 */
const humanDates = new Map<Locale, Map<string, string>>();

export function humanDate(value: string, locale: Locale): string {
  // One map per language, keyed by the value itself: a key joined from both was a new string
  // to hash on every call, and a cached date cost 0.4 µs instead of 0.13 µs.
  let spelled = humanDates.get(locale);
  if (!spelled) {
    spelled = new Map();
    humanDates.set(locale, spelled);
  }
  let text = spelled.get(value);
  if (text === undefined) {
    text = spellDate(value, locale);
    spelled.set(value, text);
  }
  return text;
}

function spellDate(value: string, locale: Locale): string {
  const [datePart, timePart] = value.split("T") as [string, string | undefined];
  const [year, month, day] = datePart.split("-").map(Number) as [number, number?, number?];
  let text: string;
  if (locale === "zh-Hans") {
    text = `${year}年${month ? `${month}月` : ""}${day ? `${day}日` : ""}`;
  } else {
    text = [day, month ? englishMonths[month - 1] : undefined, year].filter((part) => part !== undefined).join(" ");
  }
  return timePart ? `${text} ${timePart.slice(0, 5)}` : text;
}

/** "6–8 November 2023"-style ranges are left to readers; start and end are shown as given. */
export function humanDateRange(start: string, end: string | undefined, locale: Locale): string {
  if (!end || end === start) return humanDate(start, locale);
  return `${humanDate(start, locale)} – ${humanDate(end, locale)}`;
}

const weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/**
 * RFC 822 date for RSS (with RFC 1123's four-digit year, as `Date.prototype.toUTCString` writes
 * it), from an ISO date-time with an offset: `Mon, 06 Nov 2023 01:30:00 GMT`.
 */
export function rfc822(isoDateTime: string): string {
  const time = Temporal.Instant.from(isoDateTime).toZonedDateTimeISO("UTC");
  const day = `${weekdays[time.dayOfWeek - 1]!}, ${pad(time.day)} ${englishMonths[time.month - 1]!.slice(0, 3)}`;
  const clock = time.toPlainTime().toString({ smallestUnit: "second" });
  return `${day} ${String(time.year).padStart(4, "0")} ${clock} GMT`;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
