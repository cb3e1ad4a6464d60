import { Temporal } from "@js-temporal/polyfill";
import { instantOf, localDateOf } from "../../records/event-dates.ts";
import type { LoadedRecord } from "../dataset.ts";
import type { Rule } from "../rule.ts";

export const endNotBeforeStart: Rule = {
  name: "end-not-before-start",
  description: "An event does not end before it starts, comparing dates in the event's own time zone.",
  scope: "record",
  check({ targets }, report) {
    for (const record of targets) {
      if (record.collection !== "events") continue;
      const { start, end, timeZone } = (record as LoadedRecord<"events">).value;
      if (end !== undefined && endsBeforeStart(start, end, timeZone)) {
        report(record, "/end", `ends (${end}) before it starts (${start})`);
      }
    }
  },
};

function endsBeforeStart(start: string, end: string, timeZone: string): boolean {
  const startHasTime = start.includes("T");
  const endHasTime = end.includes("T");
  if (startHasTime && endHasTime) return Temporal.Instant.compare(instantOf(end), instantOf(start)) < 0;
  // A date alone covers the whole day, so compare calendar days in the event's zone.
  return Temporal.PlainDate.compare(localDateOf(end, timeZone), localDateOf(start, timeZone)) < 0;
}
