/**
 * VTIMEZONE components (RFC 5545 section 3.6.5) from the offsets of the running ICU time-zone
 * database, one observance for each offset change in the years a calendar uses. Rules that
 * repeat (RRULE) describe only a zone's present: the years of past events need the offsets
 * that held then, such as daylight saving time in Mexico City until 2022.
 */
import { offsetAt } from "../../records/event-dates.ts";

/** The UTC years, first and last, in which a calendar gives local times in a zone. */
export interface YearSpan {
  first: number;
  last: number;
}

/** A span of time with one offset; `end` is undefined when no change follows within the years looked at. */
interface Period {
  start: number;
  offset: number;
  end?: number;
}

const day = 86_400_000;

/** The UTC years an instant, and the local times near it in any zone, fall in. */
export function yearSpanOf(instants: readonly number[]): YearSpan {
  // Local times run up to 14 hours from UTC: a day either side is enough.
  const years = instants.flatMap((instant) => [
    new Date(instant - day).getUTCFullYear(),
    new Date(instant + day).getUTCFullYear(),
  ]);
  return { first: Math.min(...years), last: Math.max(...years) };
}

/** The smallest span holding both. */
export function widerSpan(a: YearSpan | undefined, b: YearSpan): YearSpan {
  return a ? { first: Math.min(a.first, b.first), last: Math.max(a.last, b.last) } : b;
}

/** Blocks made, by zone and years: each event's own calendar asks for its zone and years again. */
const blocks = new Map<string, readonly string[]>();

/** The content lines of a zone's VTIMEZONE, covering every instant of the given UTC years. */
export function vtimezoneLines(timeZone: string, years: YearSpan): readonly string[] {
  const key = `${timeZone} ${years.first} ${years.last}`;
  let lines = blocks.get(key);
  if (!lines) {
    lines = observanceLines(timeZone, years);
    blocks.set(key, lines);
  }
  return lines;
}

function observanceLines(timeZone: string, years: YearSpan): string[] {
  const start = Date.UTC(years.first, 0, 1);
  const end = Date.UTC(years.last + 1, 0, 1);
  // A year either side tells a daylight-saving period from a lasting change at the ends of the span.
  const periods = periodsBetween(timeZone, Date.UTC(years.first - 1, 0, 1), Date.UTC(years.last + 2, 0, 1));
  const lines = ["BEGIN:VTIMEZONE", `TZID:${timeZone}`];
  periods.forEach((period, index) => {
    if ((period.end ?? Infinity) <= start || period.start >= end) return;
    const before = periods[index - 1];
    const after = periods[index + 1];
    // Daylight saving time is a higher offset with ordinary time on both sides; a lasting
    // change of offset (Almaty in 2024) has no return to the earlier offset.
    const daylight =
      before !== undefined && after !== undefined && period.offset > before.offset && period.offset > after.offset;
    const kind = daylight ? "DAYLIGHT" : "STANDARD";
    // The first observance starts with the span, so every local time in it has an offset.
    const onset = Math.max(period.start, start);
    const from = onset === period.start && before ? before.offset : period.offset;
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${localTime(onset + from)}`,
      `TZOFFSETFROM:${utcOffset(from)}`,
      `TZOFFSETTO:${utcOffset(period.offset)}`,
      `END:${kind}`,
    );
  });
  lines.push("END:VTIMEZONE");
  return lines;
}

/** The periods of one offset between two instants, found by day and then to the second. */
function periodsBetween(timeZone: string, from: number, to: number): Period[] {
  const periods: Period[] = [{ start: from, offset: offsetAt(from, timeZone) }];
  for (let year = new Date(from).getUTCFullYear(); year < new Date(to).getUTCFullYear(); year++) {
    for (const change of changesIn(timeZone, year)) {
      periods.at(-1)!.end = change.at;
      periods.push({ start: change.at, offset: change.offset });
    }
  }
  return periods;
}

interface OffsetChange {
  at: number;
  offset: number;
}

/** Offset changes after 1 January of a UTC year, up to and including 1 January of the next, by zone and year. */
const changesByYear = new Map<string, OffsetChange[]>();

function changesIn(timeZone: string, year: number): OffsetChange[] {
  const key = `${timeZone} ${year}`;
  let changes = changesByYear.get(key);
  if (!changes) {
    changes = [];
    const end = Date.UTC(year + 1, 0, 1);
    let at = Date.UTC(year, 0, 1);
    let offset = offsetAt(at, timeZone);
    while (at < end) {
      const next = Math.min(at + day, end);
      const nextOffset = offsetAt(next, timeZone);
      // No zone has changed its offset twice within a day: one change lies between, found by halving.
      if (nextOffset !== offset) changes.push({ at: firstSecondWith(timeZone, at, next, offset), offset: nextOffset });
      at = next;
      offset = nextOffset;
    }
    changesByYear.set(key, changes);
  }
  return changes;
}

/** The first whole second after `low` whose offset is no longer `offset`, knowing that `high`'s is not. */
function firstSecondWith(timeZone: string, low: number, high: number, offset: number): number {
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2000) * 1000;
    if (offsetAt(middle, timeZone) === offset) low = middle;
    else high = middle;
  }
  return high;
}

/** `YYYYMMDDTHHMMSS` of the UTC fields of a shifted instant: local time without a zone. */
function localTime(shifted: number): string {
  return new Date(shifted)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "");
}

/** `+0800`, or `+080543` for an offset with seconds (local mean time before 1900). */
function utcOffset(ms: number): string {
  const seconds = Math.abs(ms) / 1000;
  const fields = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  const text = fields
    .slice(0, fields[2] ? 3 : 2)
    .map((field) => String(field).padStart(2, "0"))
    .join("");
  return `${ms < 0 ? "-" : "+"}${text}`;
}
