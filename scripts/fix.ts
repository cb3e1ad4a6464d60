/**
 * `npm run fix`: repairs what can be repaired mechanically in record files (layout, key order, NFC,
 * white space at the ends of text, a byte-order mark) and says what it changed. What needs a person
 * is left for `npm run validate` to report.
 */
import { parseArgs } from "node:util";
import { runCommand, type CommandHelp } from "./command-line.ts";
import { resolveDataDir } from "./project-paths.ts";
import { namedRecordFiles } from "./records/list-record-files.ts";
import { rewriteRecordFiles } from "./records/rewrite-record-files.ts";
import { validateDataset } from "./validation/validate-dataset.ts";

const help: CommandHelp = {
  usage: "npm run fix -- [--data DIR] [FILE...]",
  summary:
    "Repairs what can be repaired mechanically in record files (layout, key order, NFC, white space at the ends of text, a byte-order mark) and says what it changed. Exits 1 when a file needs a person.",
  options: {
    "--data DIR": "the data folder (default: $REGISTRY_DATA_DIR if set, else data/)",
    "FILE...": "fix only these record files",
  },
};

await runCommand(help, () => {
  const { values, positionals } = parseArgs({ options: { data: { type: "string" } }, allowPositionals: true });
  const dataDir = resolveDataDir(values.data);
  const only = positionals.length ? namedRecordFiles(dataDir, positionals) : undefined;
  const result = rewriteRecordFiles(dataDir, { only, fix: true, onLine: (line) => process.stdout.write(`${line}\n`) });
  // What fixing cannot repair (an unknown property, a broken reference) is found by validating afterwards.
  const remaining = validateDataset({ dataDir, ...(only ? { only } : {}) }).findings.filter(
    (finding) => finding.severity === "error",
  );
  const needingYou = new Set(remaining.map((finding) => finding.file)).size;
  process.stdout.write(
    `${result.rewritten} file${result.rewritten === 1 ? "" : "s"} fixed${needingYou ? `, ${needingYou} left for you to repair (see \`npm run validate\`)` : ""}\n`,
  );
  return needingYou ? 1 : 0;
});
