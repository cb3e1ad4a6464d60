/**
 * `npm run bench:history`: times reading the history of N generated records (default 10,000) added
 * and edited across C commits (default 1,000), which every build does to date records and list
 * changes; then one cold build of that repository, with its stages, to show the share history
 * takes.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { runCommand, UsageError, type CommandHelp } from "../command-line.ts";
import { writeDataset } from "../generator/generate-dataset.ts";
import { readHistorySource } from "../history/record-dates.ts";
import { readSiteConfig } from "../paths/site-config.ts";
import { formatMs, summarize } from "./statistics.ts";
import { git } from "./temporary-clone.ts";

const help: CommandHelp = {
  usage: "npm run bench:history -- [--records N] [--commits C] [--runs R]",
  summary:
    "Times reading the history of generated records added and edited across many commits, which every build does to date records and list changes; then one cold build of that repository, with its stages.",
  options: {
    "--records N": "how many records (default: 10000)",
    "--commits C": "across how many commits (default: 1000)",
    "--runs R": "counted runs (default: 5)",
  },
};

await runCommand(help, async () => {
  const { values } = parseArgs({
    options: {
      records: { type: "string", default: "10000" },
      commits: { type: "string", default: "1000" },
      runs: { type: "string", default: "5" },
    },
  });
  const [records, commits, runs] = [values.records, values.commits, values.runs].map(Number) as [
    number,
    number,
    number,
  ];
  if (![records, commits, runs].every((n) => Number.isInteger(n) && n >= 1) || commits > records)
    throw new UsageError("--records, --commits and --runs must be whole numbers, with no more commits than records");
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "registry-history-bench-"));
  try {
    const repository = path.join(work, "repository");
    const dataDir = path.join(repository, "data");
    const generated = path.join(work, "generated");
    writeDataset(generated, { records, seed: 1 });
    const files = fs
      .readdirSync(generated, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(generated, path.join(entry.parentPath, entry.name)))
      .sort();
    fs.mkdirSync(dataDir, { recursive: true });
    git(repository, "init", "-q", "-b", "main");
    const started = performance.now();
    // Each commit adds its share of the records and edits two records added earlier, a day apart.
    const perCommit = Math.ceil(files.length / commits);
    let edits = 0;
    for (let commit = 0; commit < commits; commit++) {
      for (const file of files.slice(commit * perCommit, (commit + 1) * perCommit)) {
        fs.mkdirSync(path.dirname(path.join(dataDir, file)), { recursive: true });
        fs.copyFileSync(path.join(generated, file), path.join(dataDir, file));
      }
      for (const earlier of commit > 0 ? [files[(commit * 7) % (commit * perCommit)]!, files[commit - 1]!] : []) {
        const target = path.join(dataDir, earlier);
        const text = fs.readFileSync(target, "utf8");
        fs.writeFileSync(
          target,
          text.replace(/"en": "([^"]*)"/, (_match, value: string) => `"en": "${value}."`),
        );
        edits++;
      }
      const date = new Date(Date.UTC(2023, 10, 6) + commit * 86_400_000).toISOString();
      git(repository, "add", "-A");
      execGitCommit(repository, `Records, part ${commit + 1}`, date);
    }
    process.stdout.write(
      `made ${commits} commits adding ${files.length} records and editing ${edits} times in ${formatMs(performance.now() - started)}\n`,
    );

    const times: number[] = [];
    let changes = 0;
    for (let run = 0; run <= runs; run++) {
      const runStarted = performance.now();
      const history = readHistorySource(dataDir);
      const ms = performance.now() - runStarted;
      changes = history.changes.length;
      if (!history.complete) throw new Error(`the history was not read: ${history.description}`);
      process.stdout.write(`${run === 0 ? "warm-up" : `run ${run}`}: ${formatMs(ms)}\n`);
      if (run > 0) times.push(ms);
    }
    const summary = summarize(times);
    process.stdout.write(
      `history of ${files.length} records, ${changes} changes: median ${formatMs(summary.median)} (${formatMs(summary.min)}–${formatMs(summary.max)})\n`,
    );
    const { SiteBuilder } = await import("../writer/site-builder.ts");
    const builder = new SiteBuilder({ dataDir, outDir: path.join(work, "site"), site: readSiteConfig() });
    const buildStarted = performance.now();
    const result = await builder.build();
    if (!result.ok) throw new Error(`the build failed: ${result.reason}`);
    process.stdout.write(
      `cold build with this history: ${formatMs(performance.now() - buildStarted)}, ${result.files} files; stages: ${Object.entries(
        result.timings,
      )
        .map(([stage, ms]) => `${stage} ${formatMs(ms)}`)
        .join(", ")}\n`,
    );
    return 0;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
});

/** Commits with the given date as both author and committer date, so that record dates differ. */
function execGitCommit(repository: string, message: string, date: string): void {
  execFileSync(
    "git",
    [
      "-c",
      "user.name=Registry Bench",
      "-c",
      "user.email=bench@example.org",
      "commit",
      "-q",
      "--no-verify",
      "-m",
      message,
    ],
    { cwd: repository, stdio: "ignore", env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } },
  );
}
