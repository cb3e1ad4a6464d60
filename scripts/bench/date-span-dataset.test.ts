import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Event } from "../records/types.generated.ts";
import { validateDataset } from "../validation/validate-dataset.ts";
import { firstYear, lastYear, oneYear, redated, spanZones, writeDateSpanDatasets } from "./date-span-dataset.ts";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "date-span-dataset-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function eventsOf(dir: string): Event[] {
  return fs
    .readdirSync(path.join(dir, "events"))
    .map((name) => JSON.parse(fs.readFileSync(path.join(dir, "events", name), "utf8")) as Event);
}

describe("the datasets of the date-span benchmark", () => {
  it("hold valid records, the same events in one year and from the first year of the range to the last", () => {
    const datasets = writeDateSpanDatasets(root, { records: 120, seed: 3 });
    for (const dir of [datasets.oneYear, datasets.allYears])
      expect(validateDataset({ dataDir: dir }).findings).toEqual([]);
    const years = (dir: string) => eventsOf(dir).map((event) => Number(event.start.slice(0, 4)));
    expect(new Set(years(datasets.oneYear))).toEqual(new Set([oneYear]));
    const spread = years(datasets.allYears);
    expect(Math.min(...spread)).toBe(firstYear);
    expect(Math.max(...spread)).toBeGreaterThan(lastYear - 200);
    expect(new Set(spread).size).toBe(datasets.distinctYears);
    expect(new Set(eventsOf(datasets.allYears).map((event) => event.timeZone))).toEqual(new Set(spanZones));
  });

  it("moves an event to another year and zone at the same local time and for as many days", () => {
    const event = { start: "2021-03-27T09:30:00+08:00", end: "2021-03-29", timeZone: "Asia/Shanghai" } as Event;
    expect(redated(event, 1000, "America/New_York")).toMatchObject({
      start: "1000-03-27T09:30:00-04:56",
      end: "1000-03-29",
      timeZone: "America/New_York",
    });
    expect(redated(event, 9999, "Europe/London")).toMatchObject({
      start: "9999-03-27T09:30:00+00:00",
      end: "9999-03-29",
    });
  });
});
