import type { Temporal } from "@js-temporal/polyfill";
import { instantOf, offsetMinutesAt, wallClockAt } from "../../records/event-dates.ts";
import type { LoadedRecord } from "../dataset.ts";
import type { Rule } from "../rule.ts";

const timedFields = ["start", "end", "previousStart"] as const;

export const offsetMatchesTimeZone: Rule = {
  name: "offset-matches-time-zone",
  description:
    "An event's date-times carry the UTC offset in force in its time zone at that moment, so that its time reads the same on its page, in feeds and in calendars.",
  scope: "record",
  check({ targets }, report) {
    for (const record of targets) {
      if (record.collection !== "events") continue;
      const event = (record as LoadedRecord<"events">).value;
      for (const field of timedFields) {
        const value = event[field];
        if (value === undefined || !value.includes("T")) continue;
        const instant = instantOf(value);
        const expected = offsetMinutesAt(instant, event.timeZone);
        if (writtenOffsetMinutes(value) === expected) continue;
        report(
          record,
          `/${field}`,
          `the offset of ${value} is not the one in force in ${event.timeZone} at that moment (${offsetText(expected)}): ` +
            `the same moment is ${localDateTime(value, instant, event.timeZone, expected)} there; ` +
            `if the time was meant as local time, correct the offset instead`,
        );
      }
    }
  },
};

/** The offset a date-time is written with (`Z` or ±hh:mm, as the schema requires), in minutes. */
function writtenOffsetMinutes(value: string): number {
  if (value.endsWith("Z")) return 0;
  const sign = value.at(-6) === "-" ? -1 : 1;
  return sign * (Number(value.slice(-5, -3)) * 60 + Number(value.slice(-2)));
}

function offsetText(minutes: number): string {
  const size = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${pad(Math.floor(size / 60))}:${pad(size % 60)}`;
}

/** The instant as the zone's wall clock, keeping any fraction of a second as written. */
function localDateTime(value: string, instant: Temporal.Instant, timeZone: string, offset: number): string {
  const wallClock = wallClockAt(instant, timeZone).toString({ smallestUnit: "second" });
  const fraction = /\.\d+/.exec(value)?.[0] ?? "";
  return `${wallClock}${fraction}${offsetText(offset)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
