/**
 * The cost of a calendar's time zone blocks follows the years that have events, not the span
 * between them: six zones with events in 1000 and 9999 (the pairs of tests/fixtures/date-range)
 * walked every day of nine thousand years, took 30 s to build and made events.ics 4.5 MB.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ICAL from "ical.js";
import { afterAll, describe, expect, it } from "vitest";
import { buildTree, dateRangeData, prefixUrl, readTreeFile } from "./built-site.ts";

const zones = [
  "America/New_York",
  "Europe/London",
  "Australia/Sydney",
  "Asia/Shanghai",
  "America/Mexico_City",
  "Asia/Almaty",
];
const pairs = /^(new-york|london|sydney|shanghai|mexico-city|almaty)-(1000|9999)\.json$/;

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "registry-zone-blocks-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** The fixture's organizations and sources, and of its events the pairs only. */
function pairsData(): string {
  const data = path.join(scratch, "data");
  for (const collection of ["organizations", "sources", "events"]) {
    fs.mkdirSync(path.join(data, collection), { recursive: true });
    for (const name of fs.readdirSync(path.join(dateRangeData, collection))) {
      if (collection !== "events" || pairs.test(name)) {
        fs.copyFileSync(path.join(dateRangeData, collection, name), path.join(data, collection, name));
      }
    }
  }
  return data;
}

describe("events in six time zones in the years 1000 and 9999", () => {
  it("make time zone blocks of those two years, not of the nine thousand between", async () => {
    const tree = await buildTree(scratch, { name: "pairs", data: pairsData(), siteUrl: prefixUrl });
    expect(tree.records.events.size).toBe(12);
    const text = readTreeFile(tree, "calendar/events.ics");
    expect(text.length).toBeLessThan(16_000);
    const blocks = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vtimezone");
    expect(blocks.map((block) => block.getFirstPropertyValue("tzid")).sort()).toEqual([...zones].sort());
    for (const block of blocks) {
      // The offset at the start of each of the two years, and at most two changes in 9999.
      expect(block.getAllSubcomponents().length, String(block.getFirstPropertyValue("tzid"))).toBeLessThanOrEqual(4);
    }
  });
});
