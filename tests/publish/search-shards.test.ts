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
import { locales, type Locale } from "../../scripts/i18n/messages.ts";
import { pageLinks } from "../../scripts/paths/page-links.ts";
import { loadValidCatalog } from "../../scripts/catalog/load-catalog.ts";
import { buildSite, SiteBuilder } from "../../scripts/writer/site-builder.ts";
import { pagefindLanguage, searchShards } from "../../scripts/paths/search-shards.ts";
import { removeAbandonedScratch } from "../../scripts/outputs/search/search-index.ts";
import { sitePaths } from "../../scripts/paths/site-paths.ts";
import { readSiteConfig } from "../../scripts/paths/site-config.ts";
import { catalogOf, liveByShard, shardRecordsKeepingCount, withdraw } from "./empty-shard.ts";
import { treeDigest } from "./tree-digest.ts";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "registry-shards-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const site = readSiteConfig("https://example.github.io/registry/");
const searchShardRecords = 25;

describe("search shards", () => {
  const dataDir = path.join(scratch, "data");
  writeDataset(dataDir, { records: 120, seed: 11 });
  const catalog = loadValidCatalog(dataDir);

  it("spread the records over enough bundles of the given size, each record always in the same one", () => {
    const shards = searchShards(catalog, searchShardRecords);
    expect(shards.count).toBe(Math.ceil(120 / searchShardRecords));
    const sizes = new Array<number>(shards.count).fill(0);
    for (const entry of catalog.events.values()) sizes[shards.shardOf(recordKey("events", entry.id))]!++;
    // Hashing spreads them: no bundle is empty, none holds most of them.
    expect(Math.min(...sizes)).toBeGreaterThan(0);
    expect(Math.max(...sizes)).toBeLessThan(catalog.events.size / 2);
    expect(searchShards(catalog, searchShardRecords).shardOf("events/event-1")).toBe(shards.shardOf("events/event-1"));
    expect(shards.bundles("zh-Hans")).toEqual(
      Array.from({ length: shards.count }, (_, shard) => `pagefind/zh/${shard}/`),
    );
    expect(searchShards(catalog).count).toBe(1);
    expect(() => searchShards(catalog, 0)).toThrow(/records per shard/);
  });

  it("are indexed again only where an edit changed a record, with the tree a cold build gives", async () => {
    const outDir = path.join(scratch, "site");
    const builder = new SiteBuilder({ dataDir, outDir, site, searchShardRecords });
    expect((await builder.build()).ok).toBe(true);
    const shards = searchShards(catalog, searchShardRecords);
    for (const file of fs.readdirSync(path.join(outDir, "pagefind/en")))
      expect(fs.existsSync(path.join(outDir, "pagefind/en", file, "pagefind-entry.json"))).toBe(true);

    const changedRecord = { edit: "events/event-1", add: "events/event-added-in-benchmark", delete: "events/event-3" };
    for (const edit of dataEdits) {
      applyDataEdit(dataDir, edit);
      const result = await builder.rebuild({ waitForBackground: true });
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

describe("a search shard that no live record falls in", () => {
  const dataDir = path.join(scratch, "empty-shard-data");
  writeDataset(dataDir, { records: 30, seed: 11 });
  const catalog = catalogOf(dataDir);
  // Shard 0, whose bundle the search page would otherwise load first.
  const searchShardRecords = shardRecordsKeepingCount(catalog, 0);
  const shardZero = liveByShard(catalog, searchShardRecords)[0]!;
  const texts = shardZero.map(({ collection, id }) => fs.readFileSync(path.join(dataDir, collection, `${id}.json`)));

  /** The bundles a language's search page lists, the first loaded and the others merged into it. */
  const listedBundles = (outDir: string, locale: Locale) => {
    const page = fs.readFileSync(path.join(outDir, pageLinks(site, locale, sitePaths.searchPage).permalink), "utf8");
    return /data-bundles="([^"]*)"/.exec(page)?.[1]?.split(" ");
  };

  /** Checks a built tree against the catalog of its data, and that a cold build gives the same tree. */
  async function expectConsistent(outDir: string, label: string) {
    const live = liveByShard(catalogOf(dataDir), searchShardRecords);
    expect(live.length, label).toBe(liveByShard(catalog, searchShardRecords).length);
    const withRecords = live.flatMap((records, shard) => (records.length ? [shard] : []));
    const shards = searchShards(catalogOf(dataDir), searchShardRecords);
    // A rebuild leaves the folder of a bundle it removed, empty, as it does a removed record's: files tell.
    const files = [...treeDigest(outDir).keys()];
    for (const locale of locales) {
      expect(listedBundles(outDir, locale), label).toEqual(
        withRecords.map((shard) => `${site.pathPrefix}${shards.bundle(locale, shard)}`),
      );
      // Every bundle on disk is listed, and holds a language index: Pagefind's interface stops at one without.
      const language = pagefindLanguage[locale];
      const bundled = new Set(
        files.flatMap((file) => new RegExp(`^pagefind/${language}/(\\d+)/`).exec(file)?.[1] ?? []).map(Number),
      );
      expect(
        [...bundled].sort((a, b) => a - b),
        `${label}: ${language}`,
      ).toEqual(withRecords);
      for (const shard of bundled) {
        const entry = path.join(outDir, shards.bundle(locale, shard), "pagefind-entry.json");
        const { languages } = JSON.parse(fs.readFileSync(entry, "utf8")) as { languages: object };
        expect(Object.keys(languages), `${label}: ${language}/${shard}`).toEqual([language]);
      }
    }
    const coldDir = path.join(scratch, `empty-shard-cold-${label}`);
    expect((await buildSite({ dataDir, outDir: coldDir, site, searchShardRecords })).ok, label).toBe(true);
    expect(treeDigest(outDir), label).toEqual(treeDigest(coldDir));
  }

  it("gets no bundle, nor a place in the search page's list, in a build and in rebuilds alike", async () => {
    expect(shardZero.length).toBeGreaterThan(0);
    const outDir = path.join(scratch, "empty-shard-site");
    const builder = new SiteBuilder({ dataDir, outDir, site, searchShardRecords });
    expect((await builder.build()).ok).toBe(true);
    await expectConsistent(outDir, "all live");

    // Every record of shard 0 withdrawn: the number of shards stays, so only shard 0 is indexed again.
    withdraw(dataDir, shardZero);
    expect((await builder.rebuild({ waitForBackground: true })).ok).toBe(true);
    const touched = [...builder.lastRebuild!.written, ...builder.lastRebuild!.removed].filter((sitePath) =>
      sitePath.startsWith(sitePaths.searchIndex),
    );
    expect(touched.length).toBeGreaterThan(0);
    expect(touched.filter((sitePath) => !/^pagefind\/(en|zh)\/0\//.test(sitePath))).toEqual([]);
    await expectConsistent(outDir, "shard 0 withdrawn");

    // And back: the shard gets its bundle again, first in the list.
    shardZero.forEach(({ collection, id }, index) =>
      fs.writeFileSync(path.join(dataDir, collection, `${id}.json`), texts[index]!),
    );
    expect((await builder.rebuild({ waitForBackground: true })).ok).toBe(true);
    await expectConsistent(outDir, "shard 0 back");
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
