import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { writeDataset } from "../generator/generate-dataset.ts";
import { applyDataEdit, dataEdits, type DataEdit } from "./data-edits.ts";
import { describeTreeDifference } from "./file-tree.ts";
import type { StageName, StageReport, StageRequest } from "./stage-process.ts";
import { formatMs, summarize, type Summary } from "./statistics.ts";
import { checkWorkSpace, type FreeSpace } from "./work-space.ts";

export interface BenchmarkOptions {
  records: number;
  seed: number;
  /** Counted runs of each stage, after one warm-up run. */
  runs: number;
  /**
   * Whether a warm-up round runs first, uncounted (the default). Without it the first round is
   * counted, cold caches and all: for a quick check of what the benchmark verifies, not for figures.
   */
  warmUp?: boolean;
  /** Check every output against its baseline and every rebuild against cold builds. */
  verify: boolean;
  /** The folder that holds the generated data and every output; a fresh one in it is removed afterwards. */
  workRoot?: string | undefined;
  log?: (line: string) => void;
  /** How much room the work folder's file system has; the real figure unless a test says otherwise. */
  freeSpace?: FreeSpace;
}

/** Raised when a signal stopped the benchmark, once its work folder has been removed. */
export class BenchmarkInterrupted extends Error {
  constructor(readonly signal: NodeJS.Signals) {
    super(`interrupted by ${signal}`);
  }
}

export interface BenchmarkReport {
  records: number;
  seed: number;
  runs: number;
  /** Milliseconds per counted run, per stage. */
  stages: Record<StageName, Summary>;
  /** Milliseconds per counted run, per edit: until pages, API and feeds are written, then the search index. */
  rebuilds: Record<DataEdit, { ms: Summary; searchMs: Summary; written: number; removed: number }>;
  /** Largest peak resident memory of any counted run, in bytes: the stage's process, and its largest child. */
  peakRss: Record<StageName, { own: number; child?: number }>;
  /** Median milliseconds per build stage of the counted cold builds. */
  buildTimings: Record<string, number>;
  files: number;
  bytes: number;
  /** What verification found wrong; empty when everything matched (or nothing was verified). */
  problems: string[];
  verified: boolean;
}

const stageProcess = fileURLToPath(new URL("./stage-process.ts", import.meta.url));
const stageOrder: StageName[] = ["parse floor", "validation", "write floor", "cold build", "rebuild"];

/**
 * Generates a dataset, then runs each stage and its baseline in turn, in a fresh process each,
 * for one warm-up round and `runs` counted rounds. Output folders are removed and the disk is
 * synced before each stage, outside the timed region.
 */
export async function runBenchmark(options: BenchmarkOptions): Promise<BenchmarkReport> {
  const log = options.log ?? (() => {});
  const workRoot = options.workRoot ?? os.tmpdir();
  checkWorkSpace(workRoot, options.records, options.verify, options.freeSpace);
  const work = fs.mkdtempSync(path.join(workRoot, "registry-bench-"));
  // A benchmark stopped halfway would otherwise leave gigabytes of trees behind: a signal stops
  // the running stage, and the work folder is removed below as on any other way out.
  const stageProcesses = new StageProcesses();
  const interrupt = (signal: NodeJS.Signals) => stageProcesses.interrupt(signal);
  process.on("SIGINT", interrupt);
  process.on("SIGTERM", interrupt);
  try {
    const dataDir = path.join(work, "data");
    writeDataset(dataDir, { records: options.records, seed: options.seed });
    const folder = (name: string) => path.join(work, name);
    const problems: string[] = [];
    const samples = new Map<StageName, StageReport[]>(stageOrder.map((stage) => [stage, []]));

    const reference = folder("reference");
    /**
     * Runs one stage in a fresh process, then hands its output to `inspect` and removes it, so
     * that at most one output tree besides the reference exists at a time (at 100,000 records a
     * tree is gigabytes, which matters on a memory-backed work folder).
     */
    const firstCounted = options.warmUp === false ? 0 : 1;
    const run = async (
      round: number,
      stage: StageName,
      request: Partial<StageRequest> = {},
      inspect?: (outDir: string) => void,
    ) => {
      const outDir = folder(`${stage.replace(" ", "-")}-out`);
      const stageData = stage === "rebuild" ? folder("rebuild-data") : dataDir;
      if (stage === "rebuild") fs.cpSync(dataDir, stageData, { recursive: true });
      execFileSync("sync");
      const report = await stageProcesses.run({ stage, dataDir: stageData, outDir, ...request }, folder("report.json"));
      problems.push(...report.problems.map((problem) => `${stage}: ${problem}`));
      if (round >= firstCounted) samples.get(stage)!.push(report);
      log(
        `${round < firstCounted ? "warm-up" : `run ${round + 1 - firstCounted}`}  ${stage.padEnd(12)} ${formatMs(report.ms)}`,
      );
      inspect?.(outDir);
      for (const dir of [outDir, ...(stage === "rebuild" ? [stageData] : [])]) clearFolder(dir);
    };
    const compareWithReference = (stage: string) => (outDir: string) => {
      const difference = describeTreeDifference(reference, outDir);
      if (difference) problems.push(`${stage}: not the same files as the first cold build: ${difference}`);
    };

    // The first round's cold build is the reference the write floor writes again. The output
    // folder is a link to the build: the build itself is kept, as the next cold build into the
    // same folder removes the builds its link no longer points at.
    await run(0, "cold build", {}, (outDir) => fs.renameSync(fs.realpathSync(outDir), reference));
    let expectedTrees: string[] | undefined;
    if (options.verify)
      expectedTrees = [reference, ...(await coldBuildsAfterEachEdit(dataDir, work, stageProcesses, log))];

    const lastRound = options.runs - 1 + firstCounted;
    for (let round = 0; round <= lastRound; round++) {
      const last = options.verify && round === lastRound;
      await run(round, "parse floor");
      await run(round, "validation");
      await run(
        round,
        "write floor",
        { referenceDir: reference },
        last ? compareWithReference("write floor") : undefined,
      );
      if (round > 0) await run(round, "cold build", {}, last ? compareWithReference("cold build") : undefined);
      // Rebuilds are checked against the cold builds once, in the warm-up round.
      await run(round, "rebuild", round === 0 && expectedTrees ? { expectedTrees } : {});
    }
    for (const tree of expectedTrees?.slice(1) ?? []) clearFolder(tree);

    const stages = Object.fromEntries(
      stageOrder.map((stage) => [stage, summarize(samples.get(stage)!.map((report) => report.ms))]),
    ) as Record<StageName, Summary>;
    const peakRss = Object.fromEntries(
      stageOrder.map((stage) => {
        const reports = samples.get(stage)!;
        const children = reports.flatMap((report) => (report.childPeakRss === undefined ? [] : [report.childPeakRss]));
        return [
          stage,
          {
            own: Math.max(...reports.map((report) => report.peakRss)),
            ...(children.length ? { child: Math.max(...children) } : {}),
          },
        ];
      }),
    ) as Record<StageName, { own: number; child?: number }>;
    const rebuildRuns = samples.get("rebuild")!.map((report) => report.rebuilds ?? []);
    const rebuilds = Object.fromEntries(
      dataEdits.map((edit, index) => {
        const runs = rebuildRuns.map((reports) => reports[index]).filter((report) => report !== undefined);
        if (!runs.length) return [edit, undefined];
        return [
          edit,
          {
            ms: summarize(runs.map((report) => report.ms)),
            searchMs: summarize(runs.map((report) => report.searchMs)),
            written: runs[0]!.written,
            removed: runs[0]!.removed,
          },
        ];
      }),
    ) as BenchmarkReport["rebuilds"];
    const builds = samples.get("cold build")!;
    const buildTimings = Object.fromEntries(
      Object.keys(builds[0]?.timings ?? {}).map((stage) => [
        stage,
        summarize(builds.map((report) => report.timings?.[stage] ?? 0)).median,
      ]),
    );
    return {
      records: options.records,
      seed: options.seed,
      runs: options.runs,
      stages,
      rebuilds,
      peakRss,
      buildTimings,
      files: builds[0]?.files ?? 0,
      bytes: builds[0]?.bytes ?? 0,
      problems,
      verified: options.verify,
    };
  } finally {
    process.off("SIGINT", interrupt);
    process.off("SIGTERM", interrupt);
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Cold builds of the data after the first edit, the first two, and all three: what each rebuild must match. */
async function coldBuildsAfterEachEdit(
  dataDir: string,
  work: string,
  stageProcesses: StageProcesses,
  log: (line: string) => void,
): Promise<string[]> {
  const editedData = path.join(work, "edited-data");
  fs.cpSync(dataDir, editedData, { recursive: true });
  const trees: string[] = [];
  for (const edit of dataEdits) {
    applyDataEdit(editedData, edit);
    const outDir = path.join(work, `expected-after-${edit}`);
    const report = await stageProcesses.run(
      { stage: "cold build", dataDir: editedData, outDir },
      path.join(work, "report.json"),
    );
    if (report.problems.length) throw new Error(`the cold build after "${edit}" failed: ${report.problems.join("; ")}`);
    log(`verify   cold build after "${edit}" ${formatMs(report.ms)}`);
    trees.push(outDir);
  }
  fs.rmSync(editedData, { recursive: true, force: true });
  return trees;
}

/** Runs stages one at a time, each in a process of its own, and stops the running one on request. */
class StageProcesses {
  private running: ChildProcess | undefined;
  private interruptedBy: NodeJS.Signals | undefined;

  run(request: StageRequest | Omit<StageRequest, "reportFile">, reportFile: string): Promise<StageReport> {
    if (this.interruptedBy) return Promise.reject(new BenchmarkInterrupted(this.interruptedBy));
    fs.rmSync(reportFile, { force: true });
    fs.writeFileSync(`${reportFile}.request`, JSON.stringify({ ...request, reportFile }));
    return new Promise<StageReport>((resolve, reject) => {
      const child = spawn(process.execPath, ["--import", "tsx", stageProcess, `${reportFile}.request`], {
        stdio: ["ignore", "ignore", "pipe"],
      });
      this.running = child;
      let stderr = "";
      child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      child.on("error", reject);
      child.on("close", (code) => {
        this.running = undefined;
        // Ctrl-C in a terminal signals the stage too; this process hears of the signal before it
        // hears of the stage's end, as both come through the same queue of signals.
        if (this.interruptedBy) reject(new BenchmarkInterrupted(this.interruptedBy));
        else if (code !== 0 || !fs.existsSync(reportFile))
          reject(new Error(`the ${request.stage} stage exited with ${code}:\n${stderr}`));
        else resolve(JSON.parse(fs.readFileSync(reportFile, "utf8")) as StageReport);
      });
    });
  }

  /** Stops the running stage; a second signal stops it at once. The stage after it does not start. */
  interrupt(signal: NodeJS.Signals): void {
    const again = this.interruptedBy !== undefined;
    this.interruptedBy = signal;
    this.running?.kill(again ? "SIGKILL" : "SIGTERM");
  }
}

function clearFolder(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}
