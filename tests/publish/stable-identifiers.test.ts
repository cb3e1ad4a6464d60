/**
 * What a subscriber's reader or calendar keeps to recognise an item (RSS guids, JSON Feed ids,
 * iCalendar UIDs) does not depend on where the site is served: built for two base URLs, every
 * feed and calendar names its items alike, and no identifier holds the site's address. The
 * feeds fixture has renamed records, whose identifiers come from their first id.
 */
import fs from "node:fs";
import path from "node:path";
import { parseRssFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import {
  feedsAtPrefix,
  feedsAtRoot,
  listFiles,
  readTreeFile,
  realAtPrefix,
  realAtRoot,
  useBuiltTrees,
  type BuiltTree,
  type TreeSpec,
} from "./built-site.ts";

const pairs: [TreeSpec, TreeSpec][] = [
  [realAtPrefix, realAtRoot],
  [feedsAtPrefix, feedsAtRoot],
];
const built = useBuiltTrees(pairs.flat());

/** Every identifier a subscriber keeps, by file: guids of RSS items, ids of JSON Feed items, UIDs of calendar events. */
function identifiers(tree: BuiltTree): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const file of listFiles(tree.dir)) {
    const text = () => fs.readFileSync(path.join(tree.dir, file), "utf8");
    if (file.startsWith("feeds/") && file.endsWith(".xml"))
      found[file] = (parseRssFeed(text()).items ?? []).map((item) => item.guid?.value ?? "");
    else if (file.startsWith("feeds/") && file.endsWith(".json"))
      found[file] = (JSON.parse(text()) as { items: { id: string }[] }).items.map((item) => item.id);
    else if (file.startsWith("calendar/") && file.endsWith(".ics"))
      found[file] = [...text().matchAll(/^UID:(.*)\r$/gm)].map((match) => match[1]!);
  }
  return found;
}

describe.each(pairs)("identifiers subscribers keep (%s and its twin)", (first, second) => {
  it("are the same at both addresses, and name neither", () => {
    const [one, two] = [built.get(first), built.get(second)];
    const ids = identifiers(one);
    expect(Object.keys(ids).length).toBeGreaterThan(3);
    expect(Object.values(ids).flat().length).toBeGreaterThan(3);
    expect(identifiers(two)).toEqual(ids);
    for (const id of Object.values(ids).flat()) {
      expect(id).not.toContain(new URL(one.baseUrl).host);
      expect(id).not.toContain(new URL(two.baseUrl).host);
    }
  });

  it("call an event alike in its calendar and in every feed", () => {
    const tree = built.get(first);
    const uid = readTreeFile(tree, "calendar/events.ics").match(/^UID:(.*)\r$/m)![1]!;
    const ids = Object.values(identifiers(tree)).flat();
    expect(ids.filter((id) => id === uid).length).toBeGreaterThan(2);
  });
});
