/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, where a given month and day must exist. */
export function isPartialDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return false;
  if (day === undefined) return true;
  const dayNumber = Number(day);
  const daysInMonth = new Date(Date.UTC(Number(year), monthNumber, 0)).getUTCDate();
  return dayNumber >= 1 && dayNumber <= daysInMonth;
}

const knownTimeZones = new Map<string, boolean>();

/** Whether the ICU time zone database that Node ships knows this IANA name. */
export function isTimeZoneName(value: string): boolean {
  let known = knownTimeZones.get(value);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat("en", { timeZone: value });
      known = /^[A-Za-z]/.test(value);
    } catch {
      known = false;
    }
    knownTimeZones.set(value, known);
  }
  return known;
}
