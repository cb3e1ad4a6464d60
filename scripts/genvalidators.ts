/**
 * `npm run genvalidators`: writes `scripts/validation/*-validators.generated.js`, the record and
 * response schemas compiled ahead of time with ajv's standalone code. `-- --check` exits 1 when one
 * is stale.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { runCommand, type CommandHelp } from "./command-line.ts";
import { writeGeneratedFiles } from "./generated-files.ts";
import { projectRoot } from "./project-paths.ts";
import { generateValidators } from "./validation/generate-validators.ts";

const help: CommandHelp = {
  usage: "npm run genvalidators -- [--check]",
  summary:
    "Writes scripts/validation/*-validators.generated.js, the record and response schemas compiled ahead of time with ajv's standalone code.",
  options: {
    "--check": "write nothing; exit 1 if a file is stale",
  },
};

if (import.meta.url === `file://${process.argv[1]}`) {
  await runCommand(help, () => {
    const { values } = parseArgs({ options: { check: { type: "boolean", default: false } } });
    const files = generateValidators().map(({ file, source }) => ({
      target: path.join(projectRoot, file),
      content: source,
    }));
    return writeGeneratedFiles(files, "npm run genvalidators", values.check);
  });
}
