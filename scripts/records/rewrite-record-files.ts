import fs from "node:fs";
import { schemaNameOf } from "./collections.ts";
import { formatCanonicalJson, keyOrderFor } from "./canonical-json.ts";
import { fixRecordValue } from "./fix-record.ts";
import { listRecordFiles } from "./list-record-files.ts";
import { parseRecordText } from "./parse-record-text.ts";
import { writeFileAtomically } from "./write-file-atomically.ts";

export interface RewriteOptions {
  /** Only these absolute paths; all record files when absent. */
  only?: ReadonlySet<string> | undefined;
  /** Also repair text (NFC, white space), not only the layout. */
  fix: boolean;
  /** Called with each line of `lines` as soon as it is known, so that a later failure does not hide what was done. */
  onLine?: (line: string) => void;
}

export interface RewriteResult {
  rewritten: number;
  /** Absolute paths of the files rewritten. */
  rewrittenFiles: string[];
  refused: number;
  /** One line per file touched or refused, saying what happened. */
  lines: string[];
}

/**
 * Shared by `npm run format`, `npm run fix` and the pre-commit hook: reads each file, repairs
 * it, and writes it back if it changed.
 */
export function rewriteRecordFiles(dataDir: string, options: RewriteOptions): RewriteResult {
  const result: RewriteResult = { rewritten: 0, rewrittenFiles: [], refused: 0, lines: [] };
  const say = (line: string) => {
    result.lines.push(line);
    options.onLine?.(line);
  };
  for (const file of listRecordFiles(dataDir).files) {
    if (options.only && !options.only.has(file.absolutePath)) continue;
    const order = keyOrderFor(schemaNameOf[file.collection]);
    const bytes = fs.readFileSync(file.absolutePath);
    const parsed = parseRecordText(bytes, order);
    if (parsed.value === undefined) {
      const problem = parsed.problems.find((candidate) => candidate.rule !== "byte-order-mark") ?? parsed.problems[0]!;
      say(`${file.file}:${problem.line}:${problem.column}  left as is: ${problem.message}`);
      result.refused++;
      continue;
    }
    const fixes = options.fix ? fixRecordValue(parsed.value) : { value: parsed.value, changes: [] };
    const canonical = formatCanonicalJson(fixes.value, order);
    if (Buffer.from(canonical).equals(bytes)) continue;
    writeFileAtomically(file.absolutePath, canonical);
    result.rewritten++;
    result.rewrittenFiles.push(file.absolutePath);
    const layoutWasOff = !Buffer.from(formatCanonicalJson(parsed.value, order)).equals(bytes);
    say(`${file.file}  ${[...fixes.changes, ...(layoutWasOff ? ["canonical layout"] : [])].join("; ")}`);
  }
  return result;
}
