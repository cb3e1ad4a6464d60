/**
 * `npm run genvalidators`: writes `scripts/validation/*-validators.generated.js`, the record and
 * response schemas compiled ahead of time with ajv's standalone code. `-- --check` exits 1 when one
 * is stale.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { runCommand, type CommandHelp } from "./command-line.ts";
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
    let stale = 0;
    for (const { file, source } of generateValidators()) {
      const target = path.join(projectRoot, file);
      const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "";
      if (values.check) {
        if (current !== source) {
          process.stderr.write(`${file} is stale: run \`npm run genvalidators\` and commit the result\n`);
          stale++;
        }
        continue;
      }
      if (current !== source) fs.writeFileSync(target, source);
      process.stdout.write(`${current === source ? "unchanged" : "wrote"} ${file}\n`);
    }
    return stale ? 1 : 0;
  });
}
