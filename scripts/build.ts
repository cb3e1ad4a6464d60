/** `npm run build`: validates the data and publishes the site into `_site/`. */
import path from "node:path";
import { parseArgs } from "node:util";
import { runCommand, type CommandHelp } from "./command-line.ts";
import { argumentPath, defaultOutDir, displayPath, resolveDataDir } from "./project-paths.ts";
import { describeProcessorTime, processorTime } from "./timings/processor-time.ts";
import { formatFinding, formatSummary } from "./report/format-findings.ts";
import { formatAnnotation } from "./report/github-annotations.ts";
import { readSiteConfig } from "./paths/site-config.ts";
import { limitHeapGrowth } from "./writer/heap-growth.ts";

limitHeapGrowth();

const help: CommandHelp = {
  usage: "npm run build -- [--data DIR] [--out DIR] [--timings]",
  summary:
    "Validates the records and publishes the site, the JSON API and the feeds into one folder. With errors in the data, it lists them and writes nothing.",
  options: {
    "--data DIR": "the data folder (default: $REGISTRY_DATA_DIR if set, else data/)",
    "--out DIR":
      "where the site goes (default: _site/): a new or empty folder, or an earlier build, which is replaced whole",
    "--timings": "print how long each stage took, and the processor time used",
  },
};

await runCommand(help, async () => {
  const { values } = parseArgs({
    options: { data: { type: "string" }, out: { type: "string" }, timings: { type: "boolean", default: false } },
  });
  const site = readSiteConfig();
  const outDir = values.out ? argumentPath(values.out) : defaultOutDir;
  const started = performance.now();
  const processorBefore = values.timings ? processorTime() : undefined;
  // Loaded once the arguments are read: the pipeline takes a second to load, `--help` none.
  const { buildSite } = await import("./writer/site-builder.ts");
  const result = await buildSite({
    dataDir: resolveDataDir(values.data),
    outDir,
    site,
    onWaitForLock: () =>
      process.stderr.write(`another build is writing ${displayPath(outDir)}: waiting for it to finish\n`),
  });
  if (!result.ok && result.reason === "invalid-data") {
    const lines = result.findings.map(formatFinding);
    if (process.env.GITHUB_ACTIONS === "true") lines.push(...result.findings.map(formatAnnotation));
    const errorCount = result.findings.filter((finding) => finding.severity === "error").length;
    lines.push(
      formatSummary(result.findings, {
        errorCount,
        warningCount: result.findings.length - errorCount,
        recordCount: 0,
      }).replace(/ \(0 records checked\)/, ""),
    );
    process.stdout.write(
      `${lines.join("\n")}\nnothing was published: ${path.relative(process.cwd(), outDir) || outDir} is unchanged\n`,
    );
    return 1;
  }
  if (!result.ok) {
    process.stderr.write(
      `the built output failed its checks, so nothing was published:\n${result.problems.map((p) => `  ${p}`).join("\n")}\n`,
    );
    return 1;
  }
  for (const note of result.notes) process.stdout.write(`${note}\n`);
  for (const warning of result.warnings) process.stdout.write(`${formatFinding(warning)}\n`);
  if (values.timings) {
    for (const [stage, ms] of Object.entries(result.timings))
      process.stdout.write(`  ${stage.padEnd(24)} ${(ms / 1000).toFixed(2)} s\n`);
    const processorAfter = processorTime();
    if (processorBefore && processorAfter)
      process.stdout.write(`  processor time: ${describeProcessorTime(processorBefore, processorAfter)}\n`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `built ${result.files} files (${(result.bytes / 1024).toFixed(0)} KiB) for ${site.baseUrl} into ${path.relative(process.cwd(), outDir) || outDir} in ${seconds} s\n`,
  );
  return 0;
});
