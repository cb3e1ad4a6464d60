/** `npm run format [-- --data DIR] [FILE…]`: rewrites record files in their canonical layout. */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { runCommand } from "./command-line.ts";
import { schemaNameOf } from "./records/collections.ts";
import { formatCanonicalJson, keyOrderFor } from "./records/canonical-json.ts";
import { listRecordFiles } from "./records/list-record-files.ts";
import { parseRecordText } from "./records/parse-record-text.ts";
import { resolveDataDir } from "./project-paths.ts";

await runCommand(() => {
  const { values, positionals } = parseArgs({ options: { data: { type: "string" } }, allowPositionals: true });
  const only = positionals.length ? new Set(positionals.map((file) => path.resolve(file))) : undefined;
  const { files } = listRecordFiles(resolveDataDir(values.data));
  let rewritten = 0;
  let refused = 0;
  for (const file of files) {
    if (only && !only.has(file.absolutePath)) continue;
    const order = keyOrderFor(schemaNameOf[file.collection]);
    const bytes = fs.readFileSync(file.absolutePath);
    const parsed = parseRecordText(bytes, order);
    if (parsed.value === undefined) {
      const problem = parsed.problems.find((candidate) => candidate.rule !== "byte-order-mark") ?? parsed.problems[0]!;
      process.stdout.write(`${file.file}:${problem.line}:${problem.column}  left as is: ${problem.message}\n`);
      refused++;
      continue;
    }
    const canonical = formatCanonicalJson(parsed.value, order);
    if (Buffer.from(canonical).equals(bytes)) continue;
    fs.writeFileSync(file.absolutePath, canonical);
    process.stdout.write(`${file.file}  formatted\n`);
    rewritten++;
  }
  process.stdout.write(
    `${rewritten} file${rewritten === 1 ? "" : "s"} formatted${refused ? `, ${refused} left for you to repair` : ""}\n`,
  );
  return refused ? 1 : 0;
});
