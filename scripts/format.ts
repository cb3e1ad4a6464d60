/** `npm run format`: rewrites record files in their canonical layout. */
import { parseArgs } from "node:util";
import { runCommand, type CommandHelp } from "./command-line.ts";
import { resolveDataDir } from "./project-paths.ts";
import { namedRecordFiles } from "./records/list-record-files.ts";
import { rewriteRecordFiles } from "./records/rewrite-record-files.ts";

const help: CommandHelp = {
  usage: "npm run format -- [--data DIR] [FILE...]",
  summary:
    "Rewrites record files in their canonical layout: 2-space indentation, the schema's key order, a final newline.",
  options: {
    "--data DIR": "the data folder (default: $REGISTRY_DATA_DIR if set, else data/)",
    "FILE...": "format only these record files",
  },
};

await runCommand(help, () => {
  const { values, positionals } = parseArgs({ options: { data: { type: "string" } }, allowPositionals: true });
  const dataDir = resolveDataDir(values.data);
  const only = positionals.length ? namedRecordFiles(dataDir, positionals) : undefined;
  const result = rewriteRecordFiles(dataDir, { only, fix: false, onLine: (line) => process.stdout.write(`${line}\n`) });
  process.stdout.write(
    `${result.rewritten} file${result.rewritten === 1 ? "" : "s"} formatted${result.refused ? `, ${result.refused} left for you to repair` : ""}\n`,
  );
  return result.refused ? 1 : 0;
});
