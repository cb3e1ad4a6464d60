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
import { pageViews } from "../../scripts/pages/eleventy-plugin.ts";
import { listPaging } from "../../scripts/pages/list-paging.ts";
import { listPageJobs, recordPageJobs } from "../../scripts/pages/pages-index.ts";
import { recordOutputs } from "../../scripts/publish/outputs/record-outputs.ts";
import { prepareCatalog } from "../../scripts/publish/prepare-catalog.ts";
import { searchShards } from "../../scripts/publish/search-shards.ts";
import { collectionNames } from "../../scripts/records/collections.ts";
import { readSiteConfig } from "../../scripts/site-config.ts";

// V8's own test of whether two objects have the same hidden class; compiled after the flag is set.
v8.setFlagsFromString("--allow-natives-syntax");
const haveSameMap = new Function("a", "b", "return %HaveSameMap(a, b)") as (a: object, b: object) => boolean;

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "registry-hidden-classes-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const site = readSiteConfig("https://example.github.io/registry/");
const dataDir = path.join(scratch, "data");
writeDataset(dataDir, { records: 400, seed: 3 });
const catalog = prepareCatalog(dataDir).catalog!;

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
    const documents = collectionNames.flatMap((collection) =>
      [...catalog[collection].keys()].flatMap((id) =>
        recordOutputs(site, catalog, collection, id).flatMap((output) => (output.check ? [output.check.document] : [])),
      ),
    );
    const groups = objectsByKeys(documents);
    // The walk reached the summaries and the links, so the check has something to say.
    expect([...groups.keys()]).toEqual(expect.arrayContaining(["self,html", "type,id,name,kind,status,updated,links"]));
    expect(unsharedGroups(groups)).toEqual([]);
  });

  it("in the views of the record pages and the lists", () => {
    const paging = listPaging(catalog, 20);
    const views = pageViews({ site, catalog, locales, searchShards: searchShards(catalog), listPaging: paging });
    const jobs = [
      ...collectionNames.flatMap((collection) =>
        [...catalog[collection].keys()].flatMap((id) => recordPageJobs(site, catalog, collection, id, locales)),
      ),
      ...listPageJobs(site, locales, paging),
    ];
    const groups = objectsByKeys(jobs.map((job) => views[job.template](job.item)));
    expect([...groups.keys()]).toEqual(expect.arrayContaining(["href,text"]));
    expect(unsharedGroups(groups)).toEqual([]);
  });
});
