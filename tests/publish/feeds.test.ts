/**
 * The RSS feeds are well-formed XML, real feed readers read them, and every item reads back
 * as the event record it comes from.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { parseRssFeed } from "feedsmith";
import * as parse5 from "parse5";
import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import {
  buildTree,
  eventPageUrl,
  eventsOfOrganization,
  feedsAtPrefix,
  generatedAtPrefix,
  listFiles,
  paragraphs,
  readTreeFile,
  realAtPrefix,
  standardTrees,
  useBuiltTrees,
  type BuiltTree,
} from "./built-site.ts";

// The generated dataset adds feeds with many items, so that the order of items is tested too;
// the feeds fixture, renamed records.
const trees = [...standardTrees, generatedAtPrefix, feedsAtPrefix];
const built = useBuiltTrees(trees);

interface ExpectedFeed {
  file: string;
  /** The events the feed must hold, the latest added first (ties by id). */
  eventIds: string[];
}

/** When an event was added to the registry, as its API document says (tests/history checks it against git). */
function createdOf(tree: BuiltTree, id: string): number {
  return Date.parse((JSON.parse(readTreeFile(tree, `api/v1/events/${id}.json`)) as { created: string }).created);
}

/**
 * The feeds a tree must have, from its records: every event, and each organization's events.
 * A withdrawn record is in no feed and has none of its own.
 */
function expectedFeeds(tree: BuiltTree): ExpectedFeed[] {
  const live = <R extends { status?: string }>(records: Map<string, R>) =>
    new Set([...records].filter(([, record]) => record.status !== "withdrawn").map(([id]) => id));
  const liveEvents = live(tree.records.events);
  const order = (ids: string[]) =>
    ids
      .filter((id) => liveEvents.has(id))
      .map((id) => ({ id, at: createdOf(tree, id) }))
      .sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((item) => item.id);
  return [
    { file: "feeds/events.xml", eventIds: order([...tree.records.events.keys()]) },
    ...[...live(tree.records.organizations)].map((id) => ({
      file: `feeds/organizations/${id}.xml`,
      eventIds: order(eventsOfOrganization(tree.records, id)),
    })),
  ];
}

interface HtmlNode {
  nodeName: string;
  value?: string;
  childNodes?: HtmlNode[];
}

/** The text of a node, entities decoded, as a reader would display it. */
function textOf(node: HtmlNode): string {
  return node.nodeName === "#text" ? (node.value ?? "") : (node.childNodes ?? []).map(textOf).join("");
}

/** The text of each paragraph (`<p>`) of an HTML fragment. */
function paragraphTexts(html: string): string[] {
  const texts: string[] = [];
  const walk = (node: HtmlNode) => {
    if (node.nodeName === "p") texts.push(textOf(node));
    else for (const child of node.childNodes ?? []) walk(child);
  };
  walk(parse5.parseFragment(html) as HtmlNode);
  return texts;
}

describe("RSS feeds", () => {
  it("exist for every event list and organization, and nowhere else", () => {
    for (const tree of built.all()) {
      const present = listFiles(tree.dir).filter((file) => file.startsWith("feeds/"));
      // Besides the event feeds, the changes feed, whose items tests/history reads back, the JSON
      // Feeds of events and of changes (tests/publish/json-feeds), and the feeds at the former ids
      // of organizations.
      const formerAddresses = [...tree.records.organizations.values()].flatMap((organization) =>
        (organization.formerIds ?? []).map((formerId) => `feeds/organizations/${formerId}.xml`),
      );
      const expected = [
        ...expectedFeeds(tree).map((feed) => feed.file),
        "feeds/changes.xml",
        "feeds/events.json",
        "feeds/changes.json",
        ...formerAddresses,
      ];
      expect(present.sort(), tree.spec.name).toEqual(expected.sort());
    }
  });

  it("are well-formed XML per xmllint (one run over every feed of every tree)", () => {
    const files = built
      .all()
      .flatMap((tree) =>
        listFiles(tree.dir).flatMap((file) => (file.endsWith(".xml") ? [path.join(tree.dir, file)] : [])),
      );
    expect(files.length).toBeGreaterThan(10);
    const run = spawnSync("xmllint", ["--noout", ...files], { encoding: "utf8" });
    if (run.error) throw run.error;
    expect(run.stderr, `xmllint reported:\n${run.stderr}`).toBe("");
    expect(run.status).toBe(0);
  });

  it.each(trees.map((spec) => [spec.name, spec] as const))(
    "%s: every item reads back in feedsmith and rss-parser with the event's title, link, dates and description",
    async (_, spec) => {
      const tree = built.get(spec);
      const rssParser = new Parser();
      let items = 0;
      for (const feed of expectedFeeds(tree)) {
        const xml = readTreeFile(tree, feed.file);
        const smith = parseRssFeed(xml);
        const other = await rssParser.parseString(xml);
        const smithItems = smith.items ?? [];
        expect(smithItems.length, `${feed.file}: feedsmith items`).toBe(feed.eventIds.length);
        expect(other.items.length, `${feed.file}: rss-parser items`).toBe(feed.eventIds.length);
        for (const [index, id] of feed.eventIds.entries()) {
          const event = tree.records.events.get(id)!;
          const where = `${feed.file} item ${index} (${id})`;
          // pubDate is when the item was published; when the event takes place is in ev:startdate.
          const added = createdOf(tree, id);
          expect(xml, `${where}: ev:startdate`).toContain(`<ev:startdate>${event.start}</ev:startdate>`);
          const read = [
            { parser: "feedsmith", ...smithItems[index], description: smithItems[index]?.description },
            { parser: "rss-parser", ...other.items[index], description: other.items[index]?.content },
          ];
          for (const item of read) {
            expect(item.title, `${where}, ${item.parser}: title`).toBe(event.title.en);
            expect(item.link, `${where}, ${item.parser}: link`).toBe(eventPageUrl(tree, id));
            expect(Date.parse(item.pubDate ?? ""), `${where}, ${item.parser}: pubDate ${item.pubDate}`).toBe(added);
            // Each paragraph of the description is a paragraph of the item, after when, where and who.
            const described = paragraphs(event.description?.en ?? "");
            const shown = paragraphTexts(item.description ?? "");
            expect(shown.slice(shown.length - described.length), `${where}, ${item.parser}: description`).toEqual(
              described,
            );
          }
          items++;
        }
      }
      expect(items).toBeGreaterThan(0);
    },
  );

  it.each(trees.map((spec) => [spec.name, spec] as const))(
    "%s: keep answering at an organization's former ids, naming the new address as their own",
    (_, spec) => {
      const tree = built.get(spec);
      let renamed = 0;
      for (const [id, organization] of tree.records.organizations) {
        const file = `feeds/organizations/${id}.xml`;
        if (!fs.existsSync(path.join(tree.dir, file))) continue;
        const xml = readTreeFile(tree, file);
        const self = parseRssFeed(xml).atom?.links?.find((link) => link.rel === "self")?.href;
        expect(self, file).toBe(`${tree.baseUrl}${file}`);
        for (const formerId of organization.formerIds ?? []) {
          expect(readTreeFile(tree, `feeds/organizations/${formerId}.xml`), `${formerId} → ${id}`).toBe(xml);
          renamed++;
        }
      }
      if (spec === feedsAtPrefix) expect(renamed).toBe(2);
    },
  );

  it.each(trees.map((spec) => [spec.name, spec] as const))(
    "%s: name each item by its event's first id, which stays through renames and moves of the site",
    async (_, spec) => {
      const tree = built.get(spec);
      const rssParser = new Parser();
      let renamed = 0;
      for (const feed of expectedFeeds(tree)) {
        const xml = readTreeFile(tree, feed.file);
        const guids = [
          (parseRssFeed(xml).items ?? []).map((item) => item.guid?.value),
          (await rssParser.parseString(xml)).items.map((item) => item.guid),
        ];
        const expected = feed.eventIds.map((id) => {
          const first = tree.records.events.get(id)!.formerIds?.[0];
          if (first) renamed++;
          return `${first ?? id}@lingang-sci-tech-cluster-registry`;
        });
        for (const read of guids) expect(read, feed.file).toEqual(expected);
      }
      if (spec === feedsAtPrefix) expect(renamed).toBeGreaterThan(0);
    },
  );

  it.each(trees.map((spec) => [spec.name, spec] as const))(
    "%s: name as ev:organizer only the organizations that host or organize an event",
    async (_, spec) => {
      const tree = built.get(spec);
      const rssParser = new Parser<object, { "ev:organizer"?: string }>({ customFields: { item: ["ev:organizer"] } });
      let named = 0;
      for (const feed of expectedFeeds(tree)) {
        const items = (await rssParser.parseString(readTreeFile(tree, feed.file))).items;
        for (const [index, id] of feed.eventIds.entries()) {
          const organizers = (tree.records.events.get(id)!.participants ?? [])
            .filter((participant) => ["host", "co-host", "organizer"].includes(participant.role))
            .map((participant) => tree.records.organizations.get(participant.organization)!.names.display.en);
          expect(items[index]?.["ev:organizer"], `${feed.file} ${id}`).toBe(
            organizers.length ? organizers.join("; ") : undefined,
          );
          named += organizers.length;
        }
      }
      expect(named).toBeGreaterThan(0);
    },
  );

  it.each(trees.map((spec) => [spec.name, spec] as const))("%s: items are the latest added first", (_, spec) => {
    const tree = built.get(spec);
    for (const feed of expectedFeeds(tree)) {
      const items = parseRssFeed(readTreeFile(tree, feed.file)).items ?? [];
      const dates = items.map((item) => Date.parse(item.pubDate ?? ""));
      expect(dates, feed.file).toEqual([...dates].sort((a, b) => b - a));
      expect(
        items.map((item) => item.link),
        feed.file,
      ).toEqual(feed.eventIds.map((id) => eventPageUrl(tree, id)));
    }
  });

  it("take lastBuildDate from the data, not the wall clock: a later build gives the same value", async () => {
    const first = built.get(realAtPrefix);
    // RFC 822 dates have whole seconds: two builds more than a second apart would differ on the clock.
    await sleep(Math.max(0, 1100 - (Date.now() - first.builtAt)));
    const second = await buildTree(built.scratch, realAtPrefix);
    const lastBuildDates = (tree: BuiltTree) =>
      expectedFeeds(tree).map((feed) => {
        const value = parseRssFeed(readTreeFile(tree, feed.file)).lastBuildDate;
        expect(Number.isNaN(Date.parse(value ?? "")), `${feed.file}: lastBuildDate ${value}`).toBe(false);
        return [feed.file, value];
      });
    expect(lastBuildDates(second)).toEqual(lastBuildDates(first));
  });
});
