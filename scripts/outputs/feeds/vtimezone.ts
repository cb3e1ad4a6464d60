/**
 * VTIMEZONE components (RFC 5545 section 3.6.5) from the offsets of the running ICU time-zone
 * database, as Temporal reads them: for each run of consecutive years in which a calendar gives
 * local times, the offset in force at its start and then one observance for each offset change.
 * Rules that repeat (RRULE) describe only a zone's present: the years of past events need the
 * offsets that held then, such as daylight saving time in Mexico City until 2022. Years without
 * events are left out, so that the block grows with the years that have events, never with the
 * span between them (events in 1000 and 9999 need two years, not nine thousand).
 */
import { Temporal } from "@js-temporal/polyfill";
import { calendarDateTime } from "./icalendar-dates.ts";
import { ZoneTransitions, type OffsetChange } from "./zone-transitions.ts";

/**
 * The content lines of a zone's VTIMEZONE, covering every local time of the given years in
 * that zone, from the first moment of 1 January to the first moment of the next year. Given the
 * zone's offset changes as a calendar before found them, it asks Temporal only for years new to it.
 */
export function vtimezoneLines(
  timeZone: string,
  years: Iterable<number>,
  transitions = new ZoneTransitions(timeZone),
): string[] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  return [
    "BEGIN:VTIMEZONE",
    `TZID:${timeZone}`,
    ...runsOf(sorted).flatMap((run) => runLines(timeZone, run, transitions)),
    "END:VTIMEZONE",
  ];
}

interface YearRun {
  first: number;
  last: number;
}

/** Consecutive years, grouped: a run needs the offset at its start once, not at every new year. */
function runsOf(sorted: readonly number[]): YearRun[] {
  const runs: YearRun[] = [];
  for (const year of sorted) {
    const last = runs.at(-1);
    if (last && year === last.last + 1) last.last = year;
    else runs.push({ first: year, last: year });
  }
  return runs;
}

function runLines(timeZone: string, run: YearRun, transitions: ZoneTransitions): string[] {
  const start = firstMomentOf(run.first, timeZone);
  const end = firstMomentOf(run.last + 1, timeZone);
  // The run starts with the offset in force then, so that every local time in it has one; the
  // offset before is the same unless the zone changed its offset at that very moment.
  const offset = start.offsetNanoseconds / 1e9;
  const began = transitions.atOrBefore(start.epochMilliseconds);
  const lines = observance({
    daylight: isDaylight(began, offset, transitions.after(start.epochMilliseconds)),
    onset: start.epochMilliseconds,
    from: began?.at === start.epochMilliseconds ? began.from : offset,
    to: offset,
  });
  for (
    let change = transitions.after(start.epochMilliseconds);
    change && change.at < end.epochMilliseconds;
    change = transitions.after(change.at)
  ) {
    lines.push(
      ...observance({
        daylight: isDaylight(change, change.to, transitions.after(change.at)),
        onset: change.at,
        from: change.from,
        to: change.to,
      }),
    );
  }
  return lines;
}

/** The first moment of a year in a zone: midnight, or the end of a gap that skipped it. */
function firstMomentOf(year: number, timeZone: string): Temporal.ZonedDateTime {
  return Temporal.PlainDate.from({ year, month: 1, day: 1 }).toZonedDateTime(timeZone);
}

const yearMs = 366 * 86_400_000;

/**
 * Daylight saving time is a seasonal higher offset: higher than the offsets before and after
 * it, for less than a year. A lasting change (Almaty in 2024, Moscow's four years at +04:00) is
 * standard time, as the time zone database has it.
 */
function isDaylight(began: OffsetChange | undefined, offset: number, ended: OffsetChange | undefined): boolean {
  return (
    began !== undefined &&
    ended !== undefined &&
    offset > began.from &&
    offset > ended.to &&
    ended.at - began.at < yearMs
  );
}

interface Observance {
  daylight: boolean;
  /** When it starts, in milliseconds since 1970. */
  onset: number;
  /** Offsets before and after, in seconds. */
  from: number;
  to: number;
}

function observance({ daylight, onset, from, to }: Observance): string[] {
  const kind = daylight ? "DAYLIGHT" : "STANDARD";
  // DTSTART is the local time of the onset in the offset before it (section 3.8.2.4).
  const local = Temporal.Instant.fromEpochMilliseconds(onset + from * 1000).toZonedDateTimeISO("UTC");
  return [
    `BEGIN:${kind}`,
    `DTSTART:${calendarDateTime(local.toPlainDateTime())}`,
    `TZOFFSETFROM:${utcOffset(from)}`,
    `TZOFFSETTO:${utcOffset(to)}`,
    `END:${kind}`,
  ];
}

/** `+0800`, or `+080543` for an offset with seconds (local mean time before standard time). */
function utcOffset(seconds: number): string {
  const size = Math.abs(seconds);
  const fields = [Math.floor(size / 3600), Math.floor(size / 60) % 60, size % 60];
  const text = fields
    .slice(0, fields[2] ? 3 : 2)
    .map((field) => String(field).padStart(2, "0"))
    .join("");
  return `${seconds < 0 ? "-" : "+"}${text}`;
}
