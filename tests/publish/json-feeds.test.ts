/**
 * The JSON Feeds (JSON Feed 1.1) of events and of changes: valid against the JSON Schema of JSON
 * Feed 1.1 published by a third party (jsonfeed-schema), and telling what the RSS beside them
 * tells, item for item.
 */
import { parseRssFeed } from "feedsmith";
import { createRequire } from "node:module";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import {
  feedsAtPrefix,
  generatedAtPrefix,
  hostileAtPrefix,
  readTreeFile,
  realAtPrefix,
  useBuiltTrees,
} from "./built-site.ts";

// The hostile fixture's text must come through as text: JSON escapes it, and content_html escapes it for HTML.
const trees = [realAtPrefix, hostileAtPrefix, feedsAtPrefix, generatedAtPrefix];
const built = useBuiltTrees(trees);

const jsonFeedSchema = createRequire(import.meta.url)("jsonfeed-schema/schema-v1.1.json") as object;
// A CommonJS package whose default export ESM sees one level down.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateJsonFeed = ajv.compile(jsonFeedSchema);

interface JsonFeed {
  version: string;
  feed_url: string;
  items: { id: string; url: string; title: string; date_published: string; content_html: string }[];
}

const feeds = [
  { json: "feeds/events.json", rss: "feeds/events.xml" },
  { json: "feeds/changes.json", rss: "feeds/changes.xml" },
];

describe("the JSON Feed schema", () => {
  it("refuses a feed whose item has no id, so that passing it says something", () => {
    const feed = {
      version: "https://jsonfeed.org/version/1.1",
      title: "A feed",
      items: [{ url: "https://example.org/" }],
    };
    expect(validateJsonFeed(feed)).toBe(false);
  });
});

describe.each(trees)("JSON Feeds ($name)", (spec) => {
  it.each(feeds)("$json is valid JSON Feed 1.1", ({ json }) => {
    const feed = JSON.parse(readTreeFile(built.get(spec), json)) as JsonFeed;
    expect(validateJsonFeed(feed), JSON.stringify(validateJsonFeed.errors)).toBe(true);
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.feed_url).toBe(`${built.get(spec).baseUrl}${json}`);
  });

  it.each(feeds)(
    "$json holds the items of $rss, in the same order, with the same ids, links and dates",
    ({ json, rss }) => {
      const tree = built.get(spec);
      const jsonItems = (JSON.parse(readTreeFile(tree, json)) as JsonFeed).items;
      const rssItems = parseRssFeed(readTreeFile(tree, rss)).items ?? [];
      expect(jsonItems.length).toBe(rssItems.length);
      expect(jsonItems.map((item) => [item.id, item.url, item.title, Date.parse(item.date_published)])).toEqual(
        rssItems.map((item) => [item.guid?.value, item.link, item.title, Date.parse(item.pubDate!)]),
      );
    },
  );
});
