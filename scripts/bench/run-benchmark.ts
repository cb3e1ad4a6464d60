/**
 * `npm run bench`: measures validation against the parse floor, the cold build against the write
 * floor, and one-record rebuilds, on a generated dataset of N records (default 10,000). See
 * docs/performance.md for how to read the table.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { runCommand, UsageError, type CommandHelp } from "../command-line.ts";
import { argumentPath, projectRoot } from "../project-paths.ts";
import { BenchmarkInterrupted, runBenchmark, type BenchmarkReport } from "./benchmark.ts";
import { formatMs, relativeSpread, type Summary } from "./statistics.ts";

const help: CommandHelp = {
  usage: "npm run bench -- [--records N] [--runs R] [--seed S] [--work DIR] [--json FILE] [--skip-verify]",
  summary:
    "Measures validation against the parse floor, the cold build against the write floor, and one-record rebuilds, on a generated dataset. docs/performance.md says how to read the table.",
  options: {
    "--records N": "how many records (default: 10000)",
    "--runs R": "counted runs after one warm-up (default: 5)",
    "--seed S": "the dataset's seed (default: 1)",
    "--work DIR": "where the work folder goes (default: the system's temporary folder)",
    "--json FILE": "also write the report as JSON",
    "--skip-verify": "skip the cold builds that check each rebuild's output (needs less than half the space)",
  },
};

await runCommand(help, async () => {
  const { values } = parseArgs({
    options: {
      records: { type: "string", default: "10000" },
      runs: { type: "string", default: "5" },
      seed: { type: "string", default: "1" },
      work: { type: "string" },
      json: { type: "string" },
      "skip-verify": { type: "boolean", default: false },
    },
  });
  const records = Number(values.records);
  const runs = Number(values.runs);
  const seed = Number(values.seed);
  if (!Number.isInteger(records) || records < 100)
    throw new UsageError("--records must be a whole number of at least 100");
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError("--runs must be a whole number of at least 1");
  if (!Number.isInteger(seed)) throw new UsageError("--seed must be a whole number");
  const commit = describeCommit();
  const machine = `Node ${process.version}, ${os.cpus().length} CPUs, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.platform()}`;
  process.stdout.write(`benchmark of ${records} records (seed ${seed}) at ${commit}; ${machine}\n`);
  let report: BenchmarkReport;
  try {
    report = await runBenchmark({
      records,
      seed,
      runs,
      verify: !values["skip-verify"],
      workRoot: values.work === undefined ? undefined : argumentPath(values.work),
      log: (line) => process.stdout.write(`  ${line}\n`),
    });
  } catch (error) {
    if (!(error instanceof BenchmarkInterrupted)) throw error;
    process.stderr.write(`stopped by ${error.signal}; its work folder is removed\n`);
    return 128 + os.constants.signals[error.signal];
  }
  process.stdout.write(`\n${formatReport(report)}\n`);
  if (values.json)
    fs.writeFileSync(argumentPath(values.json), `${JSON.stringify({ commit, machine, ...report }, null, 2)}\n`);
  if (report.problems.length) {
    process.stdout.write(`\nverification failed:\n${report.problems.map((problem) => `  ${problem}`).join("\n")}\n`);
    return 1;
  }
  return 0;
});

function formatReport(report: BenchmarkReport): string {
  const { stages, peakRss } = report;
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
  const memory = (stage: keyof typeof peakRss) => {
    const { own, child } = peakRss[stage];
    return child === undefined ? mb(own) : `${mb(own)} + ${mb(child)} child`;
  };
  const time = (summary: Summary) => `${formatMs(summary.median)} ±${(relativeSpread(summary) * 100).toFixed(0)}%`;
  const ratio = (a: Summary, b: Summary) => `${(a.median / b.median).toFixed(2)} × ${""}`;
  const rows: string[][] = [
    ["stage", "median ± spread", "peak RSS", "ratio"],
    ["parse floor", time(stages["parse floor"]), memory("parse floor"), ""],
    [
      "validation",
      time(stages.validation),
      memory("validation"),
      `${ratio(stages.validation, stages["parse floor"])}parse floor`,
    ],
    ["write floor", time(stages["write floor"]), memory("write floor"), ""],
    [
      "cold build",
      time(stages["cold build"]),
      memory("cold build"),
      `${ratio(stages["cold build"], stages["write floor"])}write floor`,
    ],
  ];
  for (const [edit, rebuild] of Object.entries(report.rebuilds)) {
    if (!rebuild) continue;
    rows.push([
      `rebuild: ${edit}`,
      time(rebuild.ms),
      "",
      `${((rebuild.ms.median / stages["cold build"].median) * 100).toFixed(1)}% of cold build; ${rebuild.written} written, ${rebuild.removed} removed`,
    ]);
    rows.push([`  then search`, time(rebuild.searchMs), "", ""]);
  }
  rows.push(["rebuild process", "", memory("rebuild"), "cold build, then the three rebuilds"]);
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const table = rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join("  ")
      .trimEnd(),
  );
  const stagesOfBuild = Object.entries(report.buildTimings)
    .map(([stage, ms]) => `${stage} ${formatMs(ms)}`)
    .join(", ");
  return [
    ...table,
    "",
    `output: ${report.files} files, ${mb(report.bytes)}; ${report.runs} counted runs after a warm-up; spread is ±half the range`,
    `cold build stages (medians; they overlap, the writes and the search index run alongside): ${stagesOfBuild}`,
    report.verified
      ? "verified: both baselines and the build wrote the same files; each rebuild wrote only what changed and left a cold build's bytes"
      : "not verified (--skip-verify)",
  ].join("\n");
}

function describeCommit(): string {
  try {
    const git = (...args: string[]) => execFileSync("git", args, { cwd: projectRoot, encoding: "utf8" }).trim();
    return `${git("rev-parse", "--short", "HEAD")}${git("status", "--porcelain") ? " (with uncommitted changes)" : ""}`;
  } catch {
    return "an unknown commit";
  }
}
