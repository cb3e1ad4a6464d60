import { Temporal } from "@js-temporal/polyfill";

/**
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, where a given month and day must exist in the proleptic
 * Gregorian calendar, as the `date` format has it (the schema's pattern bounds the years).
 */
export function isPartialDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return false;
  if (day === undefined) return true;
  const dayNumber = Number(day);
  const { daysInMonth } = Temporal.PlainYearMonth.from({ year: Number(year), month: monthNumber });
  return dayNumber >= 1 && dayNumber <= daysInMonth;
}

const knownTimeZones = new Map<string, boolean>();

/**
 * Whether the ICU time zone database that Node ships knows this IANA name, written in its own
 * case. Intl accepts "asia/shanghai" too, but other readers of the data (calendar programs,
 * databases) look names up as written.
 */
export function isTimeZoneName(value: string): boolean {
  let known = knownTimeZones.get(value);
  if (known === undefined) {
    const name = intlTimeZoneName(value);
    known = name !== undefined && /^[A-Za-z]/.test(value) && hasTimeZoneCase(value, name);
    knownTimeZones.set(value, known);
  }
  return known;
}

/** The name Intl gives a zone it accepts: the case corrected, and some aliases replaced (Asia/Chongqing → Asia/Shanghai). */
export function intlTimeZoneName(value: string): string | undefined {
  try {
    return new Intl.DateTimeFormat("en", { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * Intl keeps some old names as its own (Asia/Kolkata becomes Asia/Calcutta), so the case of an
 * alias cannot be checked against it; tz database names start each part with a capital letter.
 */
function hasTimeZoneCase(value: string, intlName: string): boolean {
  if (value.toLowerCase() === intlName.toLowerCase()) return value === intlName;
  return value.split("/").every((part) => /^[A-Z]/.test(part));
}
