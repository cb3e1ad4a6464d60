/**
 * `npm run bench:dates`: cold builds of the same generated events in one year and spread over
 * the years 1000 to 9999, to show that the span of years costs next to nothing: the spread
 * build may take at most 1.5 times as long (docs/performance.md).
 */
import { parseArgs } from "node:util";
import { runCommand, UsageError, type CommandHelp } from "../command-line.ts";
import { argumentPath } from "../project-paths.ts";
import { allowedRatio, runDateSpanBenchmark, type DateSpanBuild } from "./date-span-benchmark.ts";
import { formatMs, relativeSpread, type Summary } from "./statistics.ts";

const help: CommandHelp = {
  usage: "npm run bench:dates -- [--records N] [--runs R] [--seed S] [--work DIR]",
  summary: `Times cold builds of a generated dataset with its events in one year and spread over the years 1000 to 9999, in six time zones; fails when the spread build takes more than ${allowedRatio} times as long.`,
  options: {
    "--records N": "how many records (default: 1000; 75% of them events)",
    "--runs R": "builds of each dataset, alternating (default: 3)",
    "--seed S": "the dataset's seed (default: 1)",
    "--work DIR": "where the work folder goes (default: the system's temporary folder)",
  },
};

await runCommand(help, async () => {
  const { values } = parseArgs({
    options: {
      records: { type: "string", default: "1000" },
      runs: { type: "string", default: "3" },
      seed: { type: "string", default: "1" },
      work: { type: "string" },
    },
  });
  const records = Number(values.records);
  const runs = Number(values.runs);
  const seed = Number(values.seed);
  if (!Number.isInteger(records) || records < 20)
    throw new UsageError("--records must be a whole number of at least 20");
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError("--runs must be a whole number of at least 1");
  if (!Number.isInteger(seed)) throw new UsageError("--seed must be a whole number");
  const report = await runDateSpanBenchmark({
    records,
    seed,
    runs,
    ...(values.work === undefined ? {} : { workRoot: argumentPath(values.work) }),
    log: (line) => process.stdout.write(`  ${line}\n`),
  });
  const spread = (summary: Summary) => `±${(relativeSpread(summary) * 100).toFixed(0)}%`;
  const row = (name: string, build: DateSpanBuild) => {
    const thread = build.threadSeconds
      ? `  build's thread ${formatMs(build.threadSeconds.median * 1000)} ${spread(build.threadSeconds)}`
      : "";
    return `${name}  ${formatMs(build.ms.median)} ${spread(build.ms)}${thread}  events.ics ${(build.calendarBytes / 1024).toFixed(0)} KiB\n`;
  };
  const threadRatio =
    report.oneYear.threadSeconds && report.allYears.threadSeconds
      ? `; processor time ${(report.allYears.threadSeconds.median / report.oneYear.threadSeconds.median).toFixed(2)}`
      : "";
  process.stdout.write(
    `\n${records} records, ${report.events} events in six time zones, ${runs} cold builds each (median ± spread):\n` +
      row("one year (2024)           ", report.oneYear) +
      row(`${report.distinctYears} years from 1000 to 9999`.padEnd(26), report.allYears) +
      `ratio ${report.ratio.toFixed(2)} (at most ${allowedRatio})${threadRatio}\n`,
  );
  for (const problem of report.problems) process.stderr.write(`problem: ${problem}\n`);
  return report.problems.length === 0 && report.ratio <= allowedRatio ? 0 : 1;
});
