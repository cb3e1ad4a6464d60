/**
 * The pre-commit check of staged record files: repairs what `npm run fix` repairs, then
 * validates just those files (references are checked against the ids present on disk).
 * Rules that need every record run in CI instead.
 */
import fs from "node:fs";
import path from "node:path";
import { defaultDataDir } from "../project-paths.ts";
import { rewriteRecordFiles } from "../records/rewrite-record-files.ts";
import { formatFinding, formatSummary } from "../report/format-findings.ts";
import { validateDataset } from "../validation/validate-dataset.ts";

export interface StagedCheck {
  exitCode: number;
  /** Files rewritten, which the hook stages again. */
  fixed: string[];
}

/**
 * @param files absolute paths of the staged record files
 * @param partlyStaged those of them with unstaged changes too, which are checked but not rewritten
 */
export function checkStagedRecords(
  files: readonly string[],
  partlyStaged: readonly string[] = [],
  dataDir = defaultDataDir,
): StagedCheck {
  const skip = new Set(partlyStaged.map((file) => path.resolve(file)));
  const fixable = new Set(files.map((file) => path.resolve(file)).filter((file) => !skip.has(file)));
  const fixed: string[] = [];
  const fixes = rewriteRecordFiles(dataDir, {
    only: fixable,
    fix: true,
    write: (file, text) => {
      fs.writeFileSync(file, text);
      fixed.push(file);
    },
  });
  const lines = fixes.lines.filter((line) => !line.includes("left as is")).map((line) => `fixed ${line}`);
  for (const file of skip)
    lines.push(`${path.relative(process.cwd(), file)}: has unstaged changes, so it was checked but not fixed`);
  const only = new Set(files.map((file) => path.resolve(file)));
  const result = validateDataset({ dataDir, only });
  lines.push(...result.findings.map(formatFinding));
  if (result.findings.length) lines.push(formatSummary(result.findings, { ...result, recordCount: only.size }));
  if (lines.length) process.stdout.write(`${lines.join("\n")}\n`);
  return { exitCode: result.errorCount > 0 ? 1 : 0, fixed };
}
