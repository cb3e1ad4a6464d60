/** `npm run validate [-- --data DIR] [FILE…]`: checks the records and reports every problem at once. */
import path from "node:path";
import { parseArgs } from "node:util";
import { runCommand } from "./command-line.ts";
import { resolveDataDir } from "./project-paths.ts";
import { formatFinding, formatSummary } from "./report/format-findings.ts";
import { formatAnnotation } from "./report/github-annotations.ts";
import { validateDataset } from "./validation/validate-dataset.ts";

await runCommand(() => {
  const { values, positionals } = parseArgs({
    options: { data: { type: "string" }, base: { type: "string" } },
    allowPositionals: true,
  });
  const only = positionals.length ? new Set(positionals.map((file) => path.resolve(file))) : undefined;
  // The base of a pull request (or REGISTRY_BASE_REF): records deleted since then are refused.
  const base = values.base || process.env.REGISTRY_BASE_REF || undefined;
  const result = validateDataset({
    dataDir: resolveDataDir(values.data),
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
