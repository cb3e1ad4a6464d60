/**
 * The search index in shards: how records are spread over Pagefind bundles, and that a rebuild
 * after an edit indexes only the bundles of the records it changed, yet leaves exactly the tree
 * a cold build of the edited data gives.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { applyDataEdit, dataEdits } from "../../scripts/bench/data-edits.ts";
import { recordKey } from "../../scripts/catalog/neighbors.ts";
import { writeDataset } from "../../scripts/generator/generate-dataset.ts";
import { locales } from "../../scripts/i18n/messages.ts";
import { prepareCatalog } from "../../scripts/publish/prepare-catalog.ts";
import { buildSite, SiteBuilder } from "../../scripts/publish/site-builder.ts";
import { searchShards } from "../../scripts/publish/search-shards.ts";
import { removeAbandonedScratch } from "../../scripts/publish/search-index.ts";
import { sitePaths } from "../../scripts/publish/site-paths.ts";
import { readSiteConfig } from "../../scripts/site-config.ts";
import { treeDigest } from "./tree-digest.ts";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "registry-shards-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const site = readSiteConfig("https://example.github.io/registry/");
const searchShardRecords = 25;

describe("search shards", () => {
  const dataDir = path.join(scratch, "data");
  writeDataset(dataDir, { records: 120, seed: 11 });
  const { catalog } = prepareCatalog(dataDir);

  it("spread the records over enough bundles of the given size, each record always in the same one", () => {
    const shards = searchShards(catalog!, searchShardRecords);
    expect(shards.count).toBe(Math.ceil(120 / searchShardRecords));
    const sizes = new Array<number>(shards.count).fill(0);
    for (const entry of catalog!.events.values()) sizes[shards.shardOf(recordKey("events", entry.id))]!++;
    // Hashing spreads them: no bundle is empty, none holds most of them.
    expect(Math.min(...sizes)).toBeGreaterThan(0);
    expect(Math.max(...sizes)).toBeLessThan(catalog!.events.size / 2);
    expect(searchShards(catalog!, searchShardRecords).shardOf("events/event-1")).toBe(shards.shardOf("events/event-1"));
    expect(shards.bundles("zh-Hans")).toEqual(
      Array.from({ length: shards.count }, (_, shard) => `pagefind/zh/${shard}/`),
    );
    expect(searchShards(catalog!).count).toBe(1);
    expect(() => searchShards(catalog!, 0)).toThrow(/records per shard/);
  });

  it("are indexed again only where an edit changed a record, with the tree a cold build gives", async () => {
    const outDir = path.join(scratch, "site");
    const builder = new SiteBuilder({ dataDir, outDir, site, searchShardRecords });
    expect((await builder.build()).ok).toBe(true);
    const shards = searchShards(catalog!, searchShardRecords);
    for (const file of fs.readdirSync(path.join(outDir, "pagefind/en")))
      expect(fs.existsSync(path.join(outDir, "pagefind/en", file, "pagefind-entry.json"))).toBe(true);

    const changedRecord = { edit: "events/event-1", add: "events/event-added-in-benchmark", delete: "events/event-3" };
    for (const edit of dataEdits) {
      applyDataEdit(dataDir, edit);
      const result = await builder.rebuild({ waitForSearch: true });
      expect(result.ok, edit).toBe(true);
      const touched = [...builder.lastRebuild!.written, ...builder.lastRebuild!.removed].filter((sitePath) =>
        sitePath.startsWith(sitePaths.searchIndex),
      );
      const shard = shards.shardOf(changedRecord[edit] as `events/${string}`);
      const ownBundles = locales.map((locale) => shards.bundle(locale, shard));
      expect(touched.length, edit).toBeGreaterThan(0);
      expect(
        touched.filter((sitePath) => !ownBundles.some((bundle) => sitePath.startsWith(bundle))),
        edit,
      ).toEqual([]);

      const coldDir = path.join(scratch, `cold-${edit}`);
      expect((await buildSite({ dataDir, outDir: coldDir, site, searchShardRecords })).ok).toBe(true);
      expect(treeDigest(outDir), edit).toEqual(treeDigest(coldDir));
    }
  }, 120_000);
});

describe("the search index's scratch folders", () => {
  it("are removed once the build that made them is gone, and kept while it runs", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "scratch-root-"));
    try {
      // A process that has ended: its pid names no running process (until the system reuses it).
      const ended = spawnSync(process.execPath, ["-e", ""]).pid!;
      for (const name of [`registry-search-${ended}-a1`, `registry-search-${process.pid}-b2`, "something-else"]) {
        fs.mkdirSync(path.join(root, name, "en-0"), { recursive: true });
      }
      removeAbandonedScratch(root);
      expect(fs.readdirSync(root).sort()).toEqual([`registry-search-${process.pid}-b2`, "something-else"]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
