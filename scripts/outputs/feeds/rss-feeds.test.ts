import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseRssFeed } from "feedsmith";
import { afterAll, describe, expect, it } from "vitest";
import { buildCatalog } from "../../catalog/catalog.ts";
import { writeDataset } from "../../generator/generate-dataset.ts";
import type { HistorySource } from "../../history/record-dates.ts";
import { startInstant } from "../../records/event-dates.ts";
import { readSiteConfig } from "../../paths/site-config.ts";
import { validateDataset } from "../../validation/validate-dataset.ts";
import { feedItemLimit } from "./feed-items.ts";
import { eventsFeed } from "./rss-feeds.ts";
import { outputContext } from "../output-context.ts";

describe("eventsFeed", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rss-feeds-"));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  writeDataset(dataDir, { records: 170, seed: 7 });
  const { dataset } = validateDataset({ dataDir });
  const events = [...dataset.records.events].map(([id, { value }]) => {
    const { start, timeZone } = value as { start: string; timeZone: string };
    return { id, start: startInstant(start, timeZone) };
  });
  // The event that starts first is the one added last: it must lead the feed.
  const addedLast = events.reduce((first, event) => (event.start < first.start ? event : first)).id;
  const history: HistorySource = {
    datesOf: (_, id) =>
      id === addedLast
        ? { created: "2025-06-01T08:00:00Z", updated: "2025-06-01T08:00:00Z" }
        : { created: "2024-01-01T00:00:00Z", updated: "2024-01-01T00:00:00Z" },
    changes: [],
    changesOf: () => [],
    complete: false,
    description: "dates made up for the test",
  };
  const site = readSiteConfig("https://example.org/");
  const items = parseRssFeed(eventsFeed(outputContext(site, buildCatalog(dataset, history)))).items ?? [];

  it("dates each item when its event was added, and puts the latest added first, ties by id", () => {
    expect(events.length).toBeGreaterThan(feedItemLimit);
    expect(items).toHaveLength(feedItemLimit);
    expect(items[0]).toMatchObject({ link: `https://example.org/events/${addedLast}/` });
    expect(Date.parse(items[0]!.pubDate!)).toBe(Date.parse("2025-06-01T08:00:00Z"));
    const rest = events
      .map((event) => event.id)
      .filter((id) => id !== addedLast)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, feedItemLimit - 1);
    expect(items.slice(1).map((item) => item.link)).toEqual(rest.map((id) => `https://example.org/events/${id}/`));
    expect(new Set(items.slice(1).map((item) => Date.parse(item.pubDate!)))).toEqual(
      new Set([Date.parse("2024-01-01T00:00:00Z")]),
    );
  });
});
