/**
 * Two generated datasets that differ only in the years of their events: all in one year, or
 * spread evenly over the whole range the schemas accept (1000 to 9999). Events keep their month,
 * day, time of day and length, and take turns in six zones with offset changes of every kind.
 */
import fs from "node:fs";
import path from "node:path";
import { Temporal } from "@js-temporal/polyfill";
import { generateDataset } from "../generator/generate-dataset.ts";
import { formatCanonicalJson, keyOrderFor } from "../records/canonical-json.ts";
import { schemaNameOf } from "../records/collections.ts";
import type { Event } from "../records/types.generated.ts";

/** Daylight saving time north and south of the equator, a zone that ended it, one that changed for good, none. */
export const spanZones = [
  "America/New_York",
  "Europe/London",
  "Australia/Sydney",
  "America/Mexico_City",
  "Asia/Almaty",
  "Asia/Shanghai",
] as const;

export const firstYear = 1000;
export const lastYear = 9999;
export const oneYear = 2024;

export interface DateSpanDatasets {
  /** Every event in `oneYear`. */
  oneYear: string;
  /** The same events spread from `firstYear` to `lastYear`. */
  allYears: string;
  events: number;
  /** How many different years the spread events start in. */
  distinctYears: number;
}

/** Writes both datasets under `root`, which must be empty or new. */
export function writeDateSpanDatasets(root: string, options: { records: number; seed: number }): DateSpanDatasets {
  const generated = [...generateDataset(options)];
  const events = generated.filter((file) => file.collection === "events").length;
  const years = new Set<number>();
  const write = (name: string, yearOf: (index: number) => number) => {
    const dir = path.join(root, name);
    let index = 0;
    for (const file of generated) {
      fs.mkdirSync(path.join(dir, file.collection), { recursive: true });
      let text = file.text;
      if (file.collection === "events") {
        const event = redated(JSON.parse(text) as Event, yearOf(index), spanZones[index % spanZones.length]!);
        text = formatCanonicalJson(event, keyOrderFor(schemaNameOf.events));
        index++;
      }
      fs.writeFileSync(path.join(dir, file.collection, `${file.id}.json`), text);
    }
    return dir;
  };
  const spread = (index: number) => firstYear + Math.floor((index * (lastYear - firstYear + 1)) / events);
  for (let index = 0; index < events; index++) years.add(spread(index));
  return {
    oneYear: write("one-year", () => oneYear),
    allYears: write("all-years", spread),
    events,
    distinctYears: years.size,
  };
}

/** The event in another year and zone, at the same local time of day and for as many days. */
export function redated(event: Event, year: number, timeZone: string): Event {
  const firstDay = Temporal.PlainDate.from(event.start.slice(0, 10));
  const day = firstDay.with({ year });
  const start = event.start.includes("T")
    ? // Written with the zone's offset then, to the minute, as the offset rule wants it.
      Temporal.PlainDateTime.from(`${day.toString()}T${event.start.slice(11, 19)}`)
        .toZonedDateTime(timeZone)
        .toString({ timeZoneName: "never" })
    : day.toString();
  const end = event.end ? day.add(firstDay.until(Temporal.PlainDate.from(event.end))).toString() : undefined;
  return { ...event, start, ...(end ? { end } : {}), timeZone };
}
