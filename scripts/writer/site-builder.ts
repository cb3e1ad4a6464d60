import { reuseUnaffectedEntries, type Catalog } from "../catalog/catalog.ts";
import { loadCatalog } from "../catalog/load-catalog.ts";
import { affectedRecords, changedRecords, recordKey, splitRecordKey, type RecordKey } from "../catalog/neighbors.ts";
import type { Locale } from "../i18n/messages.ts";
import { OutputCache } from "../outputs/output-cache.ts";
import type { OutputContent } from "../outputs/output.ts";
import { outputPlan, type OutputPlan } from "../plan/output-plan.ts";
import type { PlannedFile } from "../plan/planned-file.ts";
import type { SiteConfig } from "../paths/site-config.ts";
import { collectionNames } from "../records/collections.ts";
import { timed, timeWait, type Timings } from "../timings/stage-timings.ts";
import type { Finding } from "../validation/finding.ts";
import type { ValidationCache } from "../validation/validate-dataset.ts";
import { checkTree, ResponseChecker } from "./checks/output-checks.ts";
import { checkOutputFolder } from "./output-folder.ts";
import type { OutputFiles } from "./output-files.ts";
import { OutputTree } from "./output-tree.ts";
import { OutputWriter } from "./output-writer.ts";
import { checkAndKeep, checkAndWrite, makePlanFiles, SlowFiles } from "./plan-files.ts";
import { refreshSearchIndex, writeManifest, writeSlowFiles } from "./search-and-manifest.ts";
import { lockOutputFolder } from "./output-lock.ts";
import { createStagingFolder, discardTree, recoverOutputFolder, switchTo } from "./staging.ts";

export type { Timings } from "../timings/stage-timings.ts";

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
  /** The page templates and assets (`site/` unless given). */
  templatesDir?: string;
  /** Told once when another build is writing the same output folder and this one waits for it. */
  onWaitForLock?: () => void;
  /**
   * Whether the build keeps each record's serialised pieces, and the files each record made, for
   * cheap rebuilds (the default for a `SiteBuilder`); `buildSite()`, which builds once, does
   * without and needs less memory.
   */
  keepForRebuilds?: boolean;
}

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

/** What a build keeps to rebuild after an edit: the catalog and plan, and which files each record owns. */
interface BuiltState {
  catalog: Catalog;
  plan: OutputPlan;
  files: OutputFiles;
  recordPaths: Map<RecordKey, string[]>;
  sitePaths: Set<string>;
}

/**
 * Builds the site from a data folder, from its output plan: `build()` writes the whole plan into
 * a fresh folder that replaces the output folder only when every check passed; `rebuild()`, after
 * an edit, makes the files of the records the edit affects and of the site as a whole, checks
 * them all, then writes only those whose bytes changed and removes the paths that left the plan.
 */
export class SiteBuilder {
  private state: BuiltState | undefined;
  private readonly validationCache: ValidationCache = new Map();
  private readonly cache: OutputCache;
  private readonly checker = new ResponseChecker();
  /** The search index and the slow files being made again after an edit, in the background. */
  backgroundRefresh: Promise<void> | undefined;
  /**
   * The site paths the last rebuild wrote and removed, growing while its search index is
   * refreshed, so that the benchmark can check that an edit touched only what it changed.
   */
  lastRebuild: { written: readonly string[]; removed: readonly string[] } | undefined;

  constructor(private readonly options: BuildOptions) {
    this.cache = new OutputCache(options.keepForRebuilds ?? true);
  }

  /** Throws a `UsageError` for an output folder it must not replace (see `checkOutputFolder`). */
  async build(): Promise<BuildResult> {
    checkOutputFolder(this.options.outDir, this.options.dataDir);
    const release = await lockOutputFolder(this.options.outDir, { onWait: this.options.onWaitForLock });
    try {
      recoverOutputFolder(this.options.outDir);
      const timings: Timings = {};
      const loaded = loadCatalog({
        dataDir: this.options.dataDir,
        cache: this.cache.forRebuilds ? this.validationCache : undefined,
        timed: (stage, work) => timed(timings, stage, work),
      });
      if (!loaded.ok) return { ok: false, reason: "invalid-data", findings: loaded.findings };
      const written = await this.writeFresh(await this.plan(loaded.catalog), timings);
      if (!written.ok) return written;
      return this.result(written.tree, [loaded.catalog.history.description], loaded.findings, timings);
    } finally {
      await release();
    }
  }

  /**
   * Writes the whole plan into a new folder and, when every check passed, puts it in place of
   * the output folder. On a failure (no room, no permission) the search index is stopped and
   * waited for, so that nothing writes into the folder once it is discarded.
   */
  private async writeFresh(
    plan: OutputPlan,
    timings: Timings,
  ): Promise<{ ok: true; tree: OutputTree } | { ok: false; reason: "output-check"; problems: string[] }> {
    const keep = this.cache.forRebuilds;
    const staging = createStagingFolder(this.options.outDir);
    const tree = new OutputTree(staging, { background: true });
    const documents = new OutputWriter(() => {});
    const stopSearch = new AbortController();
    // Pagefind indexes in its own process: started first, it works while this one writes the rest.
    const searchIndex = plan.searchIndex({
      documents,
      signal: stopSearch.signal,
      write: (file) => tree.write(file.sitePath, file.bytes),
    });
    // Awaited once the other files are made: a failure before that (no room) is no unhandled rejection.
    searchIndex.catch(() => {});
    try {
      const problems: string[] = [];
      const recordPaths = new Map<RecordKey, string[]>();
      const sink = checkAndWrite(tree, this.checker, problems, timings);
      // Made by processes of their own while this one makes the rest.
      const slowFiles = new SlowFiles(sink);
      const sitePathsWritten = await makePlanFiles(plan, {
        records: allEntries(plan.context.catalog),
        sink,
        timings,
        pace: () => tree.belowLimit(),
        slow: (file) => slowFiles.start(file),
        // Which files each record made, for rebuilds; a one-off build does not hold half a million paths for nothing.
        ...(keep
          ? { recordPaths: (entry, paths) => recordPaths.set(recordKey(entry.collection, entry.id), paths) }
          : {}),
      });
      await timeWait(timings, "slow files (waited)", () => slowFiles.finish());
      await timeWait(timings, "search index (waited)", () => searchIndex);
      await timeWait(timings, "writes (waited)", () => tree.settled());
      // The manifest lists every other file, so it is written last, and directly.
      problems.push(...(await timeWait(timings, "manifest", () => writeManifest(plan, tree, this.checker))));
      problems.push(...timed(timings, "tree check", () => checkTree(tree)));
      if (problems.length) {
        discardTree(staging);
        return { ok: false, reason: "output-check", problems };
      }
      timed(timings, "swap", () => switchTo(staging, this.options.outDir));
      this.state = keep
        ? { catalog: plan.context.catalog, plan, files: tree.files, recordPaths, sitePaths: new Set(sitePathsWritten) }
        : undefined;
      return { ok: true, tree };
    } catch (error) {
      stopSearch.abort();
      await tree.abandon();
      await searchIndex.catch(() => {});
      discardTree(staging);
      throw error;
    } finally {
      await documents.stop();
    }
  }

  /**
   * Brings the output folder up to date after records changed, in place: only what the change
   * can affect is made again, everything is checked before anything is written, and only files
   * whose bytes differ are written. Needs a `build()` first in the same process.
   */
  async rebuild(options: { waitForBackground?: boolean } = {}): Promise<BuildResult> {
    // The search index and slow files of the previous rebuild write into the files this one starts from.
    await this.backgroundRefresh?.catch(() => {});
    const previous = this.state;
    if (!previous) return this.build();
    const release = await lockOutputFolder(this.options.outDir, { onWait: this.options.onWaitForLock });
    // Held until the search index and the slow files are refreshed, as they write into the output folder too.
    let handedToRefresh = false;
    try {
      const timings: Timings = {};
      const loaded = loadCatalog({
        dataDir: this.options.dataDir,
        cache: this.validationCache,
        previous: previous.catalog,
        timed: (stage, work) => timed(timings, stage, work),
      });
      if (!loaded.ok) return { ok: false, reason: "invalid-data", findings: loaded.findings };
      const { catalog } = loaded;
      const started = performance.now();
      // The records the change touched, and the records whose outputs show them.
      const changed = changedRecords(previous.catalog, catalog);
      const affected = affectedRecords(previous.catalog, catalog, changed);
      reuseUnaffectedEntries(previous.catalog, catalog, (collection, id) => affected.has(recordKey(collection, id)));
      const plan = await this.plan(catalog);
      const made: { path: string; content: OutputContent }[] = [];
      const problems: string[] = [];
      const recordPaths = new Map(previous.recordPaths);
      for (const key of affected) recordPaths.delete(key);
      const slow: PlannedFile[] = [];
      const sitePathsMade = await makePlanFiles(plan, {
        records: [...affected].flatMap((key) => {
          const [collection, id] = splitRecordKey(key);
          return catalog[collection].get(id) ?? [];
        }),
        sink: checkAndKeep(made, this.checker, problems),
        timings,
        recordPaths: (entry, paths) => recordPaths.set(recordKey(entry.collection, entry.id), paths),
        slow: (file) => slow.push(file),
      });
      timings.generate = performance.now() - started;
      if (problems.length) return { ok: false, reason: "output-check", problems };

      const writeStarted = performance.now();
      const tree = new OutputTree(this.options.outDir, { existing: previous.files });
      this.lastRebuild = { written: tree.written, removed: tree.removed };
      for (const file of made) tree.write(file.path, file.content);
      // Only the edit's records and the site's files can have dropped a path: an untouched record's
      // paths are as before, and no two files ever share a path (the build refuses that).
      const kept = new Set([...[...affected].flatMap((key) => recordPaths.get(key) ?? []), ...sitePathsMade]);
      for (const sitePath of [
        ...previous.sitePaths,
        ...[...affected].flatMap((key) => previous.recordPaths.get(key) ?? []),
      ]) {
        if (!kept.has(sitePath)) tree.remove(sitePath);
      }
      this.state = { catalog, plan, files: tree.files, recordPaths, sitePaths: new Set(sitePathsMade) };
      // The search index follows in the background unless asked to wait: only the shards holding the
      // changed records are indexed again, or all of them when the number of shards changed.
      const stale =
        plan.shards.count === previous.plan.shards.count
          ? new Set(
              changed.flatMap((key) =>
                plan.locales.map((locale) => plan.shards.bundle(locale, plan.shards.shardOf(key))),
              ),
            )
          : undefined;
      // The manifest is written now and again once the search index and the slow files are: it lists them too.
      // Both settle before the lock is released, even when one of them fails.
      this.backgroundRefresh = Promise.allSettled([
        refreshSearchIndex(plan, tree, stale),
        writeSlowFiles(slow, tree, this.checker),
      ])
        .then(async (settled) => {
          const failed = settled.find((outcome) => outcome.status === "rejected");
          if (failed) throw failed.reason;
          await writeManifest(plan, tree, this.checker);
        })
        .finally(release);
      handedToRefresh = true;
      if (options.waitForBackground) await this.backgroundRefresh;
      else await writeManifest(plan, tree, this.checker);
      timings.write = performance.now() - writeStarted;
      return this.result(tree, [], loaded.findings, timings);
    } finally {
      if (!handedToRefresh) await release();
    }
  }

  private plan(catalog: Catalog): Promise<OutputPlan> {
    const { site, locales, listPageSize, searchShardRecords, templatesDir } = this.options;
    return outputPlan({ site, catalog, cache: this.cache, locales, listPageSize, searchShardRecords, templatesDir });
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

/** Builds the site from scratch, once. */
export function buildSite(options: BuildOptions): Promise<BuildResult> {
  return new SiteBuilder({ keepForRebuilds: false, ...options }).build();
}

/** Every record of the catalog, collection by collection, each in id order. */
function* allEntries(catalog: Catalog) {
  for (const collection of collectionNames) yield* catalog[collection].values();
}
