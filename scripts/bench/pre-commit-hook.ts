/**
 * `npm run bench:hook`: times `git commit` of one changed record file in a temporary copy of the
 * repository holding N generated records (default 10,000), with the pre-commit hook installed as
 * `npm ci` installs it. Prints each run and the median.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { runCommand, UsageError, type CommandHelp } from "../command-line.ts";
import { writeDataset } from "../generator/generate-dataset.ts";
import { git, temporaryClone } from "./temporary-clone.ts";

const help: CommandHelp = {
  usage: "npm run bench:hook -- [--records N] [--runs R]",
  summary:
    "Times `git commit` of one changed record file, with the pre-commit hook installed as `npm ci` installs it, in a temporary copy of the repository holding generated records. Prints each run and the median.",
  options: {
    "--records N": "how many records (default: 10000)",
    "--runs R": "counted runs after a warm-up (default: 5)",
  },
};

await runCommand(help, () => {
  const { values } = parseArgs({
    options: { records: { type: "string", default: "10000" }, runs: { type: "string", default: "5" } },
  });
  const records = Number(values.records);
  const runs = Number(values.runs);
  if (![records, runs].every((n) => Number.isInteger(n) && n >= 1))
    throw new UsageError("--records and --runs must be whole numbers of at least 1");

  const clone = temporaryClone("registry-hook-bench-");
  try {
    const dataDir = path.join(clone, "data");
    fs.rmSync(dataDir, { recursive: true, force: true });
    writeDataset(dataDir, { records, seed: 1 });
    git(clone, "add", "-A");
    git(clone, "commit", "-q", "--no-verify", "-m", "Generated records");
    execFileSync(path.join(clone, "node_modules/.bin/simple-git-hooks"), { cwd: clone, stdio: "ignore" });

    const target = path.join(dataDir, "events/event-1.json");
    const timings: number[] = [];
    // The first commit builds the hook's bundle; it is reported but not counted.
    for (let run = 0; run <= runs; run++) {
      const record = JSON.parse(fs.readFileSync(target, "utf8")) as { description?: { en: string } };
      record.description = { en: `Edited in run ${run}.` };
      // Written in a non-canonical layout, so that the hook has something to fix.
      fs.writeFileSync(target, JSON.stringify(record, null, 4));
      git(clone, "add", target);
      const started = performance.now();
      git(clone, "commit", "-q", "-m", `Edit ${run}`);
      const elapsed = performance.now() - started;
      if (!fs.readFileSync(target, "utf8").startsWith('{\n  "id"'))
        throw new Error("the hook did not format the staged file");
      process.stdout.write(`${run === 0 ? "warm-up" : `run ${run}`}: ${elapsed.toFixed(0)} ms\n`);
      if (run > 0) timings.push(elapsed);
    }
    timings.sort((a, b) => a - b);
    process.stdout.write(
      `median of ${runs} commits of one record file with ${records} records: ${timings[Math.floor(runs / 2)]!.toFixed(0)} ms\n`,
    );
  } finally {
    fs.rmSync(clone, { recursive: true, force: true });
  }
  return 0;
});
