const dateFormatters = new Map<string, Intl.DateTimeFormat>();
const partFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (YYYY-MM-DD) of a date or date-time, as seen in the given IANA zone. */
export function localDateOf(value: string, timeZone: string): string {
  if (!value.includes("T")) return value;
  let formatter = dateFormatters.get(timeZone);
  if (!formatter) {
    // en-CA formats dates as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dateFormatters.set(timeZone, formatter);
  }
  return formatter.format(new Date(value));
}

/** Wall-clock parts of an instant in a zone. */
export function zonedParts(epochMs: number, timeZone: string) {
  let formatter = partFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partFormatters.set(timeZone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(epochMs))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Offset of a zone from UTC at an instant, in milliseconds, from Intl's `GMT+08:00` offset name
 * (several times faster than reading the wall-clock parts: calendars ask for every day of a year).
 */
export function offsetAt(epochMs: number, timeZone: string): number {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" });
    offsetFormatters.set(timeZone, formatter);
  }
  const name = formatter.format(epochMs);
  const match = /GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(name);
  if (!match) throw new Error(`unexpected offset name "${name}" for ${timeZone}`);
  if (!match[1]) return 0;
  const ms = ((Number(match[2]) * 60 + Number(match[3])) * 60 + Number(match[4] ?? 0)) * 1000;
  return match[1] === "-" ? -ms : ms;
}

/** A zone's offset from UTC at an instant, in whole minutes (the local mean times of the 19th century have seconds). */
export function offsetMinutesAt(epochMs: number, timeZone: string): number {
  return Math.round(offsetAt(epochMs, timeZone) / 60_000);
}

/**
 * The instant an event starts: its date-time, or for a date alone, local midnight in the
 * event's zone. Feeds and sorting need one instant per event.
 */
export function startInstant(start: string, timeZone: string): number {
  if (start.includes("T")) return Date.parse(start);
  // Whole days need the zone's offset, which Intl is slow to give: each day and zone is worked out once.
  const key = `${timeZone} ${start}`;
  let instant = dayStarts.get(key);
  if (instant === undefined) {
    const [year, month, day] = start.split("-").map(Number) as [number, number, number];
    const wallClock = Date.UTC(year, month - 1, day);
    const first = wallClock - offsetAt(wallClock, timeZone);
    // Around an offset change the first guess may sit on the other side of it.
    instant = wallClock - offsetAt(first, timeZone);
    dayStarts.set(key, instant);
  }
  return instant;
}

const dayStarts = new Map<string, number>();

/** The next calendar day of a YYYY-MM-DD date, for exclusive ends. */
export function nextDay(date: string): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}
