import fs from "node:fs";
import { schemaNameOf } from "./collections.ts";
import { formatCanonicalJson, keyOrderFor } from "./canonical-json.ts";
import { fixRecordValue } from "./fix-record.ts";
import { listRecordFiles } from "./list-record-files.ts";
import { parseRecordText } from "./parse-record-text.ts";

export interface RewriteOptions {
  /** Only these absolute paths; all record files when absent. */
  only?: ReadonlySet<string> | undefined;
  /** Also repair text (NFC, white space), not only the layout. */
  fix: boolean;
  write: (absolutePath: string, text: string) => void;
}

export interface RewriteResult {
  rewritten: number;
  refused: number;
  /** One line per file touched or refused, saying what happened. */
  lines: string[];
}

/** Shared by `npm run format` and `npm run fix`: reads each file, repairs it, writes it back if it changed. */
export function rewriteRecordFiles(dataDir: string, options: RewriteOptions): RewriteResult {
  const result: RewriteResult = { rewritten: 0, refused: 0, lines: [] };
  for (const file of listRecordFiles(dataDir).files) {
    if (options.only && !options.only.has(file.absolutePath)) continue;
    const order = keyOrderFor(schemaNameOf[file.collection]);
    const bytes = fs.readFileSync(file.absolutePath);
    const parsed = parseRecordText(bytes, order);
    if (parsed.value === undefined) {
      const problem = parsed.problems.find((candidate) => candidate.rule !== "byte-order-mark") ?? parsed.problems[0]!;
      result.lines.push(`${file.file}:${problem.line}:${problem.column}  left as is: ${problem.message}`);
      result.refused++;
      continue;
    }
    const fixes = options.fix ? fixRecordValue(parsed.value) : { value: parsed.value, changes: [] };
    const canonical = formatCanonicalJson(fixes.value, order);
    if (Buffer.from(canonical).equals(bytes)) continue;
    options.write(file.absolutePath, canonical);
    result.rewritten++;
    const layoutWasOff = !Buffer.from(formatCanonicalJson(parsed.value, order)).equals(bytes);
    result.lines.push(`${file.file}  ${[...fixes.changes, ...(layoutWasOff ? ["canonical layout"] : [])].join("; ")}`);
  }
  return result;
}
