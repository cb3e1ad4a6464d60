import fs from "node:fs";
import path from "node:path";
import { setImmediate as eventLoopTurn } from "node:timers/promises";
import { buildCatalog, reuseUnaffectedEntries, type Catalog } from "../catalog/catalog.ts";
import { neighborsOf, recordKey, type RecordKey } from "../catalog/neighbors.ts";
import { readHistorySource, type HistorySource } from "../history/record-dates.ts";
import { locales, type Locale } from "../i18n/messages.ts";
import { PageRenderer, siteAssets } from "../pages/render-pages.ts";
import { listPaging, type ListPaging } from "../pages/list-paging.ts";
import { listPageJobs, recordPageJobs, type PageJob } from "../pages/pages-index.ts";
import { collectionNames, type CollectionName } from "../records/collections.ts";
import type { SiteConfig } from "../site-config.ts";
import type { Finding } from "../validation/finding.ts";
import { validateDataset, type ValidationCache } from "../validation/validate-dataset.ts";
import { manifestOutput } from "./api/manifest.ts";
import { checkOutput } from "./checks/check-output.ts";
import { discardTree } from "./discard-tree.ts";
import { aggregateOutputs } from "./outputs/aggregate-outputs.ts";
import type { Output } from "./outputs/output.ts";
import { recordOutputs } from "./outputs/record-outputs.ts";
import type { OutputFiles } from "./output-files.ts";
import { OutputTree } from "./output-tree.ts";
import { keepSerialisedPieces } from "./kept-pieces.ts";
import { buildSearchIndex } from "./search-index.ts";
import { searchShards, type SearchShards } from "./search-shards.ts";
import { sitePaths } from "./site-paths.ts";
import { swapIntoPlace } from "./swap-into-place.ts";
import { checkOutputFolder } from "./output-folder.ts";

export interface BuildOptions {
  dataDir: string;
  outDir: string;
  site: SiteConfig;
  /** The languages of the pages; all of them unless a test narrows it. */
  locales?: readonly Locale[];
  /** Records per search shard (`defaultShardRecords` unless given); tests make it small to get several. */
  searchShardRecords?: number;
  /** Records per page of a collection's list (`defaultListPageSize` unless given); tests make it small. */
  listPageSize?: number;
  /**
   * Whether the build keeps each record's serialised pieces, and the files each record made, for
   * cheap rebuilds (the default for a `SiteBuilder`); `buildSite()`, which builds once, does
   * without and needs less memory.
   */
  keepForRebuilds?: boolean;
}

/** Milliseconds spent in each stage of a build, for `--timings` and the benchmark. */
export type Timings = Record<string, number>;

export type BuildResult =
  | {
      ok: true;
      files: number;
      bytes: number;
      /** Files written (all of them for a cold build; only those that changed for a rebuild). */
      written: number;
      removed: number;
      notes: string[];
      warnings: Finding[];
      timings: Timings;
    }
  | { ok: false; reason: "invalid-data"; findings: Finding[] }
  | { ok: false; reason: "output-check"; problems: string[] };

/** What a build keeps to rebuild after an edit: the catalog, and what each output file holds. */
interface BuiltState {
  catalog: Catalog;
  history: HistorySource;
  shards: SearchShards;
  files: OutputFiles;
  /** The paths of each record's own outputs and pages, to remove those an edit drops. */
  recordPaths: Map<RecordKey, string[]>;
  aggregatePaths: Set<string>;
}

/**
 * Builds the site from a data folder: `build()` from scratch into a fresh folder that replaces
 * the output folder only when every check passed; `rebuild()`, after an edit, regenerates only
 * what the edit can change (the edited records, the records that show them, and the outputs
 * that list every record) and writes only the files whose bytes changed.
 */
export class SiteBuilder {
  private state: BuiltState | undefined;
  private readonly validationCache: ValidationCache = new Map();
  private readonly locales: readonly Locale[];
  /** A search index being rebuilt after an edit, in the background. */
  searchRefresh: Promise<void> | undefined;
  /**
   * The site paths the last rebuild wrote and removed, growing while its search index is
   * refreshed, so that the benchmark can check that an edit touched only what it changed.
   */
  lastRebuild: { written: readonly string[]; removed: readonly string[] } | undefined;

  constructor(private readonly options: BuildOptions) {
    this.locales = options.locales ?? locales;
  }

  /** Throws a `UsageError` for an output folder it must not replace (see `checkOutputFolder`). */
  async build(): Promise<BuildResult> {
    checkOutputFolder(this.options.outDir, this.options.dataDir);
    const keepForRebuilds = this.options.keepForRebuilds ?? true;
    keepSerialisedPieces(keepForRebuilds);
    const timings: Timings = {};
    const timed = <T>(stage: string, work: () => T): T => {
      const started = performance.now();
      try {
        return work();
      } finally {
        addTime(timings, stage, started);
      }
    };
    const loaded = this.loadCatalog(timed, keepForRebuilds);
    if (!loaded.ok) return loaded;
    const { catalog, history, findings } = loaded;
    const { site } = this.options;
    const staging = createStagingFolder(this.options.outDir);
    const tree = new OutputTree(staging, { background: true });
    try {
      const problems: string[] = [];
      const emit = (output: Output) => {
        const { check } = output;
        if (check)
          problems.push(
            ...timed("response checks", () => checkOutput.responseSchema({ sitePath: output.sitePath, ...check })),
          );
        timed("encode and queue", () => tree.write(output.sitePath, output.content));
      };
      // Pagefind indexes in its own process: started first, it works while this one writes the rest.
      const shards = searchShards(catalog, this.options.searchShardRecords);
      const searchIndex = buildSearchIndex(site, catalog, this.locales, {
        shards,
        write: (file) => tree.write(file.sitePath, file.bytes),
      });
      const recordPaths = new Map<RecordKey, string[]>();
      const paging = listPaging(catalog, this.options.listPageSize);
      const renderer = this.pageRenderer(catalog, shards, paging);
      let recordsDone = 0;
      for (const collection of collectionNames) {
        for (const id of catalog[collection].keys()) {
          // Rendering resolves its promises at once, so without a turn of the event loop now and
          // then, Pagefind would get no records until every page is written. Often, too: what is
          // queued for the next tick (the XML writer behind each feed leaves a callback holding
          // the whole feed) lives until the turn, and after 32 records' worth it was old enough
          // to be moved out of the young generation, growing the heap by half as much again.
          if (++recordsDone % recordsPerTurn === 0) {
            await timeWait(timings, "turns", async () => {
              await eventLoopTurn();
              await tree.belowLimit();
            });
          }
          const outputs = timed("api and feeds", () => recordOutputs(site, catalog, collection, id));
          outputs.forEach(emit);
          const jobs = recordPageJobs(site, catalog, collection, id, this.locales);
          for (const job of jobs) await this.renderInto(tree, renderer, job, timings);
          // Which files each record made, for rebuilds; a one-off build does not hold half a million paths for nothing.
          if (keepForRebuilds) {
            recordPaths.set(recordKey(collection, id), [
              ...outputs.map((output) => output.sitePath),
              ...jobs.map((job) => job.item.permalink),
            ]);
          }
        }
      }
      const aggregatePaths = new Set<string>();
      const aggregates = aggregateOutputs(site, catalog, this.locales, paging);
      for (;;) {
        const next = timed("api and feeds", () => aggregates.next());
        if (next.done) break;
        emit(next.value);
        aggregatePaths.add(next.value.sitePath);
        await timeWait(timings, "turns", () => tree.belowLimit());
      }
      const listJobs = listPageJobs(site, this.locales, paging);
      for (const job of listJobs) await this.renderInto(tree, renderer, job, timings);
      for (const asset of siteAssets()) tree.write(asset.sitePath, asset.bytes);
      await timeWait(timings, "search index (waited)", () => searchIndex);
      await timeWait(timings, "writes (waited)", () => tree.settled());
      // The manifest lists every other file, so it is written last, and directly.
      const manifest = this.manifestOutput(catalog, tree.files);
      if (manifest.check)
        problems.push(...checkOutput.responseSchema({ sitePath: manifest.sitePath, ...manifest.check }));
      timed("manifest", () => tree.write(manifest.sitePath, manifest.content));
      problems.push(...timed("tree check", () => checkOutput.tree(tree)));
      if (problems.length) {
        discardTree(staging);
        return { ok: false, reason: "output-check", problems };
      }
      timed("swap", () => swapIntoPlace(staging, this.options.outDir));
      this.state = keepForRebuilds
        ? {
            catalog,
            history,
            shards,
            files: tree.files,
            recordPaths,
            aggregatePaths: new Set([...aggregatePaths, ...listJobs.map((job) => job.item.permalink)]),
          }
        : undefined;
      return this.result(tree, [history.description], findings, timings);
    } catch (error) {
      await tree.abandon();
      discardTree(staging);
      throw error;
    }
  }

  /**
   * Validates the data and builds the catalog. Apart from a function of its own, so that what
   * validation loaded (every record file's path, its parsed value and its findings) can go once
   * the catalog is built; only a builder that will rebuild keeps it, as its validation cache.
   */
  private loadCatalog(
    timed: <T>(stage: string, work: () => T) => T,
    keepForRebuilds: boolean,
  ):
    | { ok: true; catalog: Catalog; history: HistorySource; findings: Finding[] }
    | { ok: false; reason: "invalid-data"; findings: Finding[] } {
    const validation = timed("validate", () =>
      validateDataset({ dataDir: this.options.dataDir, ...(keepForRebuilds ? { cache: this.validationCache } : {}) }),
    );
    if (validation.errorCount > 0) return { ok: false, reason: "invalid-data", findings: validation.findings };
    const history = timed("history", () => readHistorySource(this.options.dataDir));
    const catalog = timed("catalog", () => buildCatalog(validation.dataset, history));
    return { ok: true, catalog, history, findings: validation.findings };
  }

  /**
   * Brings the output folder up to date after records changed, in place: only what the change
   * can affect is regenerated, everything is checked before anything is written, and only files
   * whose bytes differ are written. Needs a `build()` first in the same process.
   */
  async rebuild(options: { waitForSearch?: boolean } = {}): Promise<BuildResult> {
    // The search index of the previous rebuild writes into the files this one starts from.
    await this.searchRefresh?.catch(() => {});
    const previous = this.state;
    if (!previous) return this.build();
    keepSerialisedPieces(this.options.keepForRebuilds ?? true);
    const timings: Timings = {};
    const started = performance.now();
    const validation = validateDataset({ dataDir: this.options.dataDir, cache: this.validationCache });
    if (validation.errorCount > 0) return { ok: false, reason: "invalid-data", findings: validation.findings };
    timings.validate = performance.now() - started;
    const catalog = buildCatalog(validation.dataset, previous.history);
    timings.catalog = performance.now() - started - timings.validate;

    // The records the change touched, and the records whose outputs show them.
    const changed = changedRecords(previous.catalog, catalog);
    const affected = new Set<RecordKey>();
    for (const key of changed) {
      affected.add(key);
      const [collection, id] = splitKey(key);
      for (const neighbor of [
        ...neighborsOf(previous.catalog, collection, id),
        ...neighborsOf(catalog, collection, id),
      ])
        affected.add(neighbor);
    }
    reuseUnaffectedEntries(previous.catalog, catalog, (collection, id) => affected.has(recordKey(collection, id)));

    const { site } = this.options;
    const shards = searchShards(catalog, this.options.searchShardRecords);
    const paging = listPaging(catalog, this.options.listPageSize);
    const renderer = this.pageRenderer(catalog, shards, paging);
    const outputs: Output[] = [];
    const recordPaths = new Map(previous.recordPaths);
    for (const key of affected) {
      const [collection, id] = splitKey(key);
      if (!catalog[collection].has(id)) {
        recordPaths.delete(key);
        continue;
      }
      const own = recordOutputs(site, catalog, collection, id);
      outputs.push(...own);
      const jobs = recordPageJobs(site, catalog, collection, id, this.locales);
      for (const job of jobs) outputs.push({ sitePath: job.item.permalink, content: await renderer.render(job) });
      recordPaths.set(key, [...own.map((output) => output.sitePath), ...jobs.map((job) => job.item.permalink)]);
    }
    const aggregates = [...aggregateOutputs(site, catalog, this.locales, paging)];
    outputs.push(...aggregates);
    const listJobs = listPageJobs(site, this.locales, paging);
    for (const job of listJobs) outputs.push({ sitePath: job.item.permalink, content: await renderer.render(job) });
    timings.generate = performance.now() - started - timings.validate - timings.catalog;

    const problems = outputs.flatMap((output) =>
      output.check ? checkOutput.responseSchema({ sitePath: output.sitePath, ...output.check }) : [],
    );
    if (problems.length) return { ok: false, reason: "output-check", problems };

    const writeStarted = performance.now();
    const tree = new OutputTree(this.options.outDir, { existing: previous.files });
    this.lastRebuild = { written: tree.written, removed: tree.removed };
    for (const output of outputs) tree.write(output.sitePath, output.content);
    // Only the edit's records and the aggregates can have dropped a path: an untouched record's
    // paths are as before, and no two outputs ever shared a path (the build refuses that).
    const kept = new Set([
      ...[...affected].flatMap((key) => recordPaths.get(key) ?? []),
      ...aggregates.map((output) => output.sitePath),
      ...listJobs.map((job) => job.item.permalink),
    ]);
    for (const sitePath of [
      ...previous.aggregatePaths,
      ...[...affected].flatMap((key) => previous.recordPaths.get(key) ?? []),
    ]) {
      if (!kept.has(sitePath)) tree.remove(sitePath);
    }
    this.state = {
      catalog,
      history: previous.history,
      shards,
      files: tree.files,
      recordPaths,
      aggregatePaths: new Set([
        ...aggregates.map((output) => output.sitePath),
        ...listJobs.map((job) => job.item.permalink),
      ]),
    };
    // The search index follows in the background unless asked to wait: only the shards holding the
    // changed records are indexed again, or all of them when the number of shards changed.
    const stale =
      shards.count === previous.shards.count
        ? new Set(changed.flatMap((key) => this.locales.map((locale) => shards.bundle(locale, shards.shardOf(key)))))
        : undefined;
    this.searchRefresh = this.refreshSearch(catalog, tree, shards, stale);
    if (options.waitForSearch) await this.searchRefresh;
    else tree.write(sitePaths.apiManifest, this.manifestOutput(catalog, tree.files).content);
    timings.write = performance.now() - writeStarted;
    return this.result(tree, [], validation.findings, timings);
  }

  private pageRenderer(catalog: Catalog, shards: SearchShards, paging: ListPaging): PageRenderer {
    return new PageRenderer({
      site: this.options.site,
      catalog,
      locales: this.locales,
      searchShards: shards,
      listPaging: paging,
    });
  }

  /** Indexes the given bundles again (all when not given), and removes the files they no longer hold. */
  private async refreshSearch(
    catalog: Catalog,
    tree: OutputTree,
    shards: SearchShards,
    stale: ReadonlySet<string> | undefined,
  ): Promise<void> {
    const fresh = new Set<string>();
    const built = await buildSearchIndex(this.options.site, catalog, this.locales, {
      shards,
      only: stale,
      write: (file) => {
        fresh.add(file.sitePath);
        tree.write(file.sitePath, file.bytes);
      },
    });
    const replaced = stale ? built : [sitePaths.searchIndex];
    for (const sitePath of [...tree.files.keys()]) {
      if (replaced.some((bundle) => sitePath.startsWith(bundle)) && !fresh.has(sitePath)) tree.remove(sitePath);
    }
    tree.write(sitePaths.apiManifest, this.manifestOutput(catalog, tree.files).content);
  }

  private async renderInto(tree: OutputTree, renderer: PageRenderer, job: PageJob, timings: Timings): Promise<void> {
    const started = performance.now();
    const html = await renderer.render(job);
    addTime(timings, "pages", started);
    const handedOver = performance.now();
    tree.write(job.item.permalink, html);
    addTime(timings, "encode and queue", handedOver);
  }

  private manifestOutput(catalog: Catalog, files: OutputFiles): Output {
    return manifestOutput(this.options.site, catalog, files);
  }

  private result(tree: OutputTree, notes: string[], findings: Finding[], timings: Timings): BuildResult {
    return {
      ok: true,
      files: tree.files.size,
      bytes: tree.files.totalBytes(),
      written: tree.written.length,
      removed: tree.removed.length,
      notes,
      warnings: findings,
      timings,
    };
  }
}

/** Records rendered between two turns of the event loop during a build (see there). */
const recordsPerTurn = 8;

/** Adds the time since `started` to a stage's total: most stages are timed once per record or file. */
function addTime(timings: Timings, stage: string, started: number): void {
  timings[stage] = (timings[stage] ?? 0) + performance.now() - started;
}

/** Waits, adding the time waited to a stage's total. */
async function timeWait(timings: Timings, stage: string, wait: () => Promise<unknown>): Promise<void> {
  const started = performance.now();
  await wait();
  addTime(timings, stage, started);
}

/** Builds the site from scratch, once. */
export function buildSite(options: BuildOptions): Promise<BuildResult> {
  return new SiteBuilder({ keepForRebuilds: false, ...options }).build();
}

/** Records added, removed, or whose record or dates differ between two catalogs. */
function changedRecords(before: Catalog, after: Catalog): RecordKey[] {
  const keys: RecordKey[] = [];
  for (const collection of collectionNames) {
    for (const [id, entry] of after[collection]) {
      const old = before[collection].get(id);
      if (!old || old.record !== entry.record || old.dates.updated !== entry.dates.updated)
        keys.push(recordKey(collection, id));
    }
    for (const id of before[collection].keys()) if (!after[collection].has(id)) keys.push(recordKey(collection, id));
  }
  return keys;
}

function splitKey(key: RecordKey): [CollectionName, string] {
  const slash = key.indexOf("/");
  return [key.slice(0, slash) as CollectionName, key.slice(slash + 1)];
}

/** A new, empty folder beside the output folder, so that the final swap is a rename. */
function createStagingFolder(outDir: string): string {
  const parent = path.dirname(path.resolve(outDir));
  fs.mkdirSync(parent, { recursive: true });
  // Folders left by an interrupted build never hold the published site: they are discarded.
  const prefix = `.${path.basename(outDir)}.staging-`;
  for (const name of fs.readdirSync(parent)) {
    if (name.startsWith(prefix) && !name.includes(".discarded-")) discardTree(path.join(parent, name));
  }
  return fs.mkdtempSync(path.join(parent, prefix));
}
