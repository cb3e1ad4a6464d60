/** `npm run validate`: checks the records and reports every problem at once. */
import { parseArgs } from "node:util";
import { runCommand, type CommandHelp } from "./command-line.ts";
import { resolveDataDir } from "./project-paths.ts";
import { namedRecordFiles } from "./records/list-record-files.ts";
import { formatFinding, formatSummary } from "./report/format-findings.ts";
import { formatAnnotation } from "./report/github-annotations.ts";
import { validateDataset } from "./validation/validate-dataset.ts";

const help: CommandHelp = {
  usage: "npm run validate -- [--data DIR] [--base REV] [FILE...]",
  summary:
    "Checks the records and reports every problem at once, each at its file, line, column and JSON pointer. Exits 1 when there are errors.",
  options: {
    "--data DIR": "the data folder (default: $REGISTRY_DATA_DIR if set, else data/)",
    "--base REV":
      "a git revision to compare with (default: $REGISTRY_BASE_REF): records deleted since then are refused",
    "FILE...": "check only these record files in full (the others count only as existing ids)",
  },
};

await runCommand(help, () => {
  const { values, positionals } = parseArgs({
    options: { data: { type: "string" }, base: { type: "string" } },
    allowPositionals: true,
  });
  const dataDir = resolveDataDir(values.data);
  const only = positionals.length ? namedRecordFiles(dataDir, positionals) : undefined;
  // The base of a pull request (or REGISTRY_BASE_REF): records deleted since then are refused.
  const base = values.base || process.env.REGISTRY_BASE_REF || undefined;
  const result = validateDataset({
    dataDir,
    ...(only ? { only } : {}),
    ...(base ? { base } : {}),
  });
  const lines = result.findings.map(formatFinding);
  if (process.env.GITHUB_ACTIONS === "true") lines.push(...result.findings.map(formatAnnotation));
  const recordCount = only ? only.size : result.files.length;
  lines.push(formatSummary(result.findings, { ...result, recordCount }));
  process.stdout.write(`${lines.join("\n")}\n`);
  return result.errorCount > 0 ? 1 : 0;
});
