/**
 * The pre-commit check of staged record files: repairs what `npm run fix` repairs, then
 * validates just those files (references are checked against the ids present on disk).
 * Rules that need every record run in CI instead.
 */
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
 * @param partlyStaged those of them with unstaged changes too, with their staged content: that is
 *   what is checked, as it is what the commit holds, and they are not rewritten, since adding
 *   them again would slip the unstaged changes into the commit
 */
export function checkStagedRecords(
  files: readonly string[],
  partlyStaged: ReadonlyMap<string, Uint8Array> = new Map(),
  dataDir = defaultDataDir,
): StagedCheck {
  const contents = new Map([...partlyStaged].map(([file, content]) => [path.resolve(file), content]));
  const skip = new Set(contents.keys());
  const fixable = new Set(files.map((file) => path.resolve(file)).filter((file) => !skip.has(file)));
  const fixes = rewriteRecordFiles(dataDir, { only: fixable, fix: true });
  const lines = fixes.lines.filter((line) => !line.includes("left as is")).map((line) => `fixed ${line}`);
  for (const file of skip)
    lines.push(
      `${path.relative(process.cwd(), file)}: has unstaged changes, so its staged version was checked but not fixed`,
    );
  const only = new Set(files.map((file) => path.resolve(file)));
  const result = validateDataset({ dataDir, only, contents });
  lines.push(...result.findings.map(formatFinding));
  if (result.findings.length) lines.push(formatSummary(result.findings, { ...result, recordCount: only.size }));
  if (lines.length) process.stdout.write(`${lines.join("\n")}\n`);
  return { exitCode: result.errorCount > 0 ? 1 : 0, fixed: fixes.rewrittenFiles };
}
