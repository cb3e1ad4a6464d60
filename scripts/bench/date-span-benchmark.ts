/**
 * Whether the span of years costs anything: cold builds of the same events in one year and
 * spread over the whole range of years, alternating, each in a process of its own (the stage
 * process of the main benchmark), so that neither build finds the other's time zone work done.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { writeDateSpanDatasets } from "./date-span-dataset.ts";
import type { StageReport, StageRequest } from "./stage-process.ts";
import { summarize, type Summary } from "./statistics.ts";

/** How much longer the spread build may take than the one-year build. */
export const allowedRatio = 1.5;

export interface DateSpanOptions {
  records: number;
  seed: number;
  runs: number;
  /** Where the work folder goes; the system's temporary folder by default. */
  workRoot?: string;
  log?: (line: string) => void;
}

export interface DateSpanBuild {
  ms: Summary;
  /** Processor time of the build's thread, in seconds: steadier than the clock on a shared machine. */
  threadSeconds?: Summary;
  /** Size of `calendar/events.ics`, which holds the time zone blocks of every event. */
  calendarBytes: number;
}

export interface DateSpanReport {
  records: number;
  events: number;
  distinctYears: number;
  oneYear: DateSpanBuild;
  allYears: DateSpanBuild;
  /** Median of the spread build over median of the one-year build. */
  ratio: number;
  problems: string[];
}

const stageProcess = fileURLToPath(new URL("./stage-process.ts", import.meta.url));

export async function runDateSpanBenchmark(options: DateSpanOptions): Promise<DateSpanReport> {
  const log = options.log ?? (() => {});
  const work = fs.mkdtempSync(path.join(options.workRoot ?? os.tmpdir(), "registry-date-span-"));
  // Stopped halfway, it stops the running build and leaves no datasets or trees behind.
  const stop = (signal: NodeJS.Signals) => {
    running?.kill("SIGTERM");
    fs.rmSync(work, { recursive: true, force: true });
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    const datasets = writeDateSpanDatasets(path.join(work, "data"), options);
    log(`${datasets.events} events in one year, and in ${datasets.distinctYears} years from 1000 to 9999`);
    const times = { oneYear: [] as number[], allYears: [] as number[] };
    const threadTimes = { oneYear: [] as number[], allYears: [] as number[] };
    const calendarBytes = { oneYear: 0, allYears: 0 };
    const problems: string[] = [];
    for (let run = 1; run <= options.runs; run++) {
      // Alternating, so that a slower minute of the machine falls on both.
      for (const name of run % 2 ? (["oneYear", "allYears"] as const) : (["allYears", "oneYear"] as const)) {
        const outDir = path.join(work, `out-${name}`);
        const report = await coldBuild({ stage: "cold build", dataDir: datasets[name], outDir }, work);
        problems.push(...report.problems.map((problem) => `${name}: ${problem}`));
        times[name].push(report.ms);
        if (report.threadSeconds !== undefined) threadTimes[name].push(report.threadSeconds);
        calendarBytes[name] = fs.statSync(path.join(outDir, "calendar/events.ics")).size;
        fs.rmSync(outDir, { recursive: true, force: true });
        const thread =
          report.threadSeconds === undefined ? "" : `, build's thread ${report.threadSeconds.toFixed(2)} s`;
        log(
          `run ${run}  ${name === "oneYear" ? "one year " : "all years"}  ${(report.ms / 1000).toFixed(2)} s${thread}`,
        );
      }
    }
    const build = (name: "oneYear" | "allYears"): DateSpanBuild => ({
      ms: summarize(times[name]),
      ...(threadTimes[name].length ? { threadSeconds: summarize(threadTimes[name]) } : {}),
      calendarBytes: calendarBytes[name],
    });
    const oneYear = build("oneYear");
    const allYears = build("allYears");
    const ratio = allYears.ms.median / oneYear.ms.median;
    return {
      records: options.records,
      events: datasets.events,
      distinctYears: datasets.distinctYears,
      oneYear,
      allYears,
      ratio,
      problems,
    };
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** The build process running now, to stop when the benchmark is stopped. */
let running: ChildProcess | undefined;

function coldBuild(request: Omit<StageRequest, "reportFile">, work: string): Promise<StageReport> {
  const reportFile = path.join(work, "report.json");
  fs.rmSync(reportFile, { force: true });
  fs.writeFileSync(`${reportFile}.request`, JSON.stringify({ ...request, reportFile }));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", stageProcess, `${reportFile}.request`], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    running = child;
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      running = undefined;
      if (code !== 0 || !fs.existsSync(reportFile)) reject(new Error(`the cold build exited with ${code}:\n${stderr}`));
      else resolve(JSON.parse(fs.readFileSync(reportFile, "utf8")) as StageReport);
    });
  });
}
