/**
 * One stage of the benchmark, run in a process of its own so that each measurement starts cold
 * and its peak memory is its own: `node --import tsx stage-process.ts <request.json>`. Writes its
 * report as JSON to the file the request names. Timings start after the modules are loaded and
 * the inputs are in memory; they end when the last file is written.
 */
import fs from "node:fs";
import path from "node:path";
import { buildSite, SiteBuilder, type Timings } from "../writer/site-builder.ts";
import { limitHeapGrowth } from "../writer/heap-growth.ts";
import { readSiteConfig } from "../paths/site-config.ts";
import { processorTime } from "../timings/processor-time.ts";
import { validateDataset } from "../validation/validate-dataset.ts";
import { applyDataEdit, dataEdits, type DataEdit } from "./data-edits.ts";
import { DescendantMemory } from "./descendant-memory.ts";
import { builtFiles } from "../site-checks/built-files.ts";
import { describeListDifference, describeTreeDifference, diffTrees } from "./file-tree.ts";

export type StageName = "parse floor" | "validation" | "write floor" | "cold build" | "rebuild";

export interface StageRequest {
  stage: StageName;
  dataDir: string;
  /** Where the stage writes; it must not exist yet. */
  outDir: string;
  /** For the write floor: the folder whose files it writes again. */
  referenceDir?: string;
  /**
   * For rebuilds: cold builds of the data before any edit and after each one, to check that
   * each rebuild wrote only what changed and left the same bytes as a cold build.
   */
  expectedTrees?: string[];
  reportFile: string;
}

export interface RebuildReport {
  edit: DataEdit;
  /** Until the pages, API and feeds are written (what the preview shows). */
  ms: number;
  /** The search index, rebuilt in the background after the rest. */
  searchMs: number;
  written: number;
  removed: number;
}

export interface StageReport {
  stage: StageName;
  ms: number;
  /** Peak resident memory of the stage's own process, in bytes. */
  peakRss: number;
  /** Peak resident memory of its largest child process (Pagefind, or the SQLite writer), in bytes. */
  childPeakRss?: number;
  files?: number;
  bytes?: number;
  timings?: Timings;
  /** For cold builds: processor time of the build's own thread, in seconds, where Linux accounts it. */
  threadSeconds?: number;
  rebuilds?: RebuildReport[];
  /** Everything that went wrong or did not match; an empty list when all is well. */
  problems: string[];
}

async function runStage(request: StageRequest): Promise<Omit<StageReport, "peakRss" | "childPeakRss">> {
  const { stage, dataDir, outDir } = request;
  switch (stage) {
    case "parse floor": {
      const started = performance.now();
      let files = 0;
      for (const entry of fs.readdirSync(dataDir, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !entry.name.endsWith(".json")) continue;
        JSON.parse(fs.readFileSync(path.join(entry.parentPath, entry.name), "utf8"));
        files++;
      }
      return { stage, ms: performance.now() - started, files, problems: [] };
    }
    case "validation": {
      const started = performance.now();
      const result = validateDataset({ dataDir });
      const ms = performance.now() - started;
      const problems = result.errorCount ? [`validation found ${result.errorCount} errors`] : [];
      return { stage, ms, files: result.files.length, problems };
    }
    case "write floor": {
      // Read in slices of at most 256 MB, so that a tree of gigabytes fits in memory; only the
      // writes are timed.
      const files = builtFiles(request.referenceDir!);
      const madeDirs = new Set<string>();
      let ms = 0;
      let bytes = 0;
      for (let next = 0; next < files.length;) {
        const slice: [string, Buffer][] = [];
        for (let sliceBytes = 0; next < files.length && sliceBytes < 256 * 1024 * 1024; next++) {
          const content = fs.readFileSync(path.join(request.referenceDir!, files[next]!));
          slice.push([path.join(outDir, files[next]!), content]);
          sliceBytes += content.byteLength;
        }
        const started = performance.now();
        for (const [target, content] of slice) {
          const dir = path.dirname(target);
          if (!madeDirs.has(dir)) {
            fs.mkdirSync(dir, { recursive: true });
            madeDirs.add(dir);
          }
          fs.writeFileSync(target, content);
          bytes += content.byteLength;
        }
        ms += performance.now() - started;
      }
      return { stage, ms, files: files.length, bytes, problems: [] };
    }
    case "cold build": {
      // As `npm run build` builds: once, keeping nothing for rebuilds.
      const processorBefore = processorTime();
      const started = performance.now();
      const result = await buildSite({ dataDir, outDir, site: readSiteConfig() });
      const ms = performance.now() - started;
      const processorAfter = processorTime();
      if (!result.ok) return { stage, ms, problems: [`the build failed: ${result.reason}`] };
      const threadSeconds =
        processorBefore && processorAfter ? processorAfter.mainThread - processorBefore.mainThread : undefined;
      return {
        stage,
        ms,
        files: result.files,
        bytes: result.bytes,
        timings: result.timings,
        ...(threadSeconds === undefined ? {} : { threadSeconds }),
        problems: [],
      };
    }
    case "rebuild":
      return rebuildStage(request);
  }
}

/** A cold build, then each edit in turn, each followed by a rebuild in place. */
async function rebuildStage(request: StageRequest): Promise<Omit<StageReport, "peakRss" | "childPeakRss">> {
  const { dataDir, outDir, expectedTrees } = request;
  const builder = new SiteBuilder({ dataDir, outDir, site: readSiteConfig() });
  const started = performance.now();
  const cold = await builder.build();
  const coldMs = performance.now() - started;
  if (!cold.ok) return { stage: "rebuild", ms: coldMs, problems: [`the cold build failed: ${cold.reason}`] };
  const problems: string[] = [];
  const rebuilds: RebuildReport[] = [];
  for (const [index, edit] of dataEdits.entries()) {
    applyDataEdit(dataDir, edit);
    const rebuildStarted = performance.now();
    const result = await builder.rebuild();
    const ms = performance.now() - rebuildStarted;
    if (!result.ok) {
      problems.push(`the rebuild after "${edit}" failed: ${result.reason}`);
      break;
    }
    await builder.backgroundRefresh;
    const searchMs = performance.now() - rebuildStarted - ms;
    const { written, removed } = builder.lastRebuild!;
    rebuilds.push({ edit, ms, searchMs, written: new Set(written).size, removed: new Set(removed).size });
    if (expectedTrees) {
      const [before, after] = [expectedTrees[index]!, expectedTrees[index + 1]!];
      const difference = describeTreeDifference(after, outDir);
      if (difference)
        problems.push(`after "${edit}", the rebuilt folder is not what a cold build writes: ${difference}`);
      const expected = diffTrees(before, after);
      const writes = describeListDifference(expected.changed, written);
      if (writes) problems.push(`"${edit}" should have written exactly the files that changed: ${writes}`);
      const removals = describeListDifference(expected.removed, removed);
      if (removals) problems.push(`"${edit}" should have removed exactly the files that went: ${removals}`);
    }
  }
  return { stage: "rebuild", ms: coldMs, files: cold.files, bytes: cold.bytes, rebuilds, problems };
}

// As `npm run build` and `npm start` do, so that the peak memory measured is theirs.
limitHeapGrowth();
const request = JSON.parse(fs.readFileSync(process.argv[2]!, "utf8")) as StageRequest;
if (fs.existsSync(request.outDir)) throw new Error(`${request.outDir} must not exist before the stage runs`);
const memory = new DescendantMemory();
const report: StageReport = { ...(await runStage(request)), peakRss: process.resourceUsage().maxRSS * 1024 };
const childPeakRss = memory.stop();
if (childPeakRss !== undefined) report.childPeakRss = childPeakRss;
fs.writeFileSync(request.reportFile, JSON.stringify(report));
