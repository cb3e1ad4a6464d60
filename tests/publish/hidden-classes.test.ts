/**
 * The objects the build makes for each record (its API documents, the summaries kept for lists
 * and relations, its pages' views) share V8 hidden classes with the other records' objects of the
 * same keys. In Node 20's V8, an object literal that starts with a spread and then adds keys
 * (`{ ...links, feed }`) gets a hidden class of its own, made in the old generation: with such
 * objects in every summary, document and page view, the build's peak memory was a quarter higher.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import v8 from "node:v8";
import { afterAll, describe, expect, it } from "vitest";
import { writeDataset } from "../../scripts/generator/generate-dataset.ts";
import { locales } from "../../scripts/i18n/messages.ts";
import { outputContext } from "../../scripts/outputs/output-context.ts";
import { pageContext } from "../../scripts/pages/page-context.ts";
import { recordPageItems, sitePageItems, type PageItem, type PageName } from "../../scripts/pages/page-items.ts";
import { pageViews } from "../../scripts/pages/page-views.ts";
import { listPaging } from "../../scripts/paths/list-paging.ts";
import { recordFiles } from "../../scripts/plan/record-files.ts";
import { loadValidCatalog } from "../../scripts/catalog/load-catalog.ts";
import { searchShards } from "../../scripts/paths/search-shards.ts";
import { collectionNames } from "../../scripts/records/collections.ts";
import { readSiteConfig } from "../../scripts/paths/site-config.ts";

// V8's own test of whether two objects have the same hidden class; compiled after the flag is set.
v8.setFlagsFromString("--allow-natives-syntax");
const haveSameMap = new Function("a", "b", "return %HaveSameMap(a, b)") as (a: object, b: object) => boolean;

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "registry-hidden-classes-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const site = readSiteConfig("https://example.github.io/registry/");
const dataDir = path.join(scratch, "data");
writeDataset(dataDir, { records: 400, seed: 3 });
const catalog = loadValidCatalog(dataDir);

/** Every object inside the records themselves: their classes are JSON.parse's, not the build's. */
const recordOwned = new WeakSet<object>();
const markOwned = (value: unknown) => {
  if (typeof value !== "object" || value === null || recordOwned.has(value)) return;
  recordOwned.add(value);
  for (const child of Object.values(value)) markOwned(child);
};
for (const collection of collectionNames) for (const entry of catalog[collection].values()) markOwned(entry.record);

/** The plain objects the build made, found by walking what it produced, grouped by their keys. */
function objectsByKeys(roots: Iterable<unknown>): Map<string, object[]> {
  const groups = new Map<string, object[]>();
  const seen = new WeakSet<object>();
  const visit = (value: unknown) => {
    if (typeof value !== "object" || value === null || seen.has(value) || recordOwned.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) return value.forEach(visit);
    if (Object.getPrototypeOf(value) !== Object.prototype) return;
    const keys = Object.keys(value).join(",");
    if (!groups.has(keys)) groups.set(keys, []);
    groups.get(keys)!.push(value);
    Object.values(value).forEach(visit);
  };
  for (const root of roots) visit(root);
  return groups;
}

/**
 * The groups of objects whose consecutive members mostly do not share a hidden class. A few may
 * differ for reasons of V8's own (a field that once held a small integer and now a string); with
 * a leading spread, nearly all of them do.
 */
function unsharedGroups(groups: Map<string, object[]>): { keys: string; objects: number; shared: string }[] {
  const unshared = [];
  for (const [keys, objects] of groups) {
    if (objects.length < 20) continue;
    let same = 0;
    for (let index = 1; index < objects.length; index++) if (haveSameMap(objects[index - 1]!, objects[index]!)) same++;
    const share = same / (objects.length - 1);
    if (share < 0.5) unshared.push({ keys, objects: objects.length, shared: `${Math.round(share * 100)}%` });
  }
  return unshared;
}

describe("objects made per record share hidden classes", () => {
  it("in the API documents and the summaries they hold", () => {
    const context = outputContext(site, catalog);
    const documents: unknown[] = [];
    for (const collection of collectionNames) {
      for (const entry of catalog[collection].values()) {
        for (const declared of recordFiles) {
          for (const file of declared.files(context, entry)) {
            const made = file.make() as { document?: unknown };
            if (made.document) documents.push(made.document);
          }
        }
      }
    }
    const groups = objectsByKeys(documents);
    // The walk reached the summaries and the links, so the check has something to say.
    expect([...groups.keys()]).toEqual(expect.arrayContaining(["self,html", "type,id,name,kind,status,updated,links"]));
    expect(unsharedGroups(groups)).toEqual([]);
  });

  it("in the views of the record pages and the lists", () => {
    const context = pageContext(site, catalog, locales, listPaging(catalog, 20), searchShards(catalog));
    const views = pageViews(context);
    const pages: [PageName, PageItem][] = [];
    for (const collection of collectionNames) {
      for (const entry of catalog[collection].values()) {
        for (const [name, items] of Object.entries(recordPageItems))
          for (const item of items(context, entry)) pages.push([name as PageName, item]);
      }
    }
    for (const [name, items] of Object.entries(sitePageItems))
      for (const item of items(context)) pages.push([name as PageName, item]);
    const groups = objectsByKeys(pages.map(([name, item]) => views[name](item)));
    expect([...groups.keys()]).toEqual(expect.arrayContaining(["href,text"]));
    expect(unsharedGroups(groups)).toEqual([]);
  });
});
