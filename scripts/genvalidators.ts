/**
 * `npm run genvalidators`: writes `scripts/validation/record-validators.generated.js`, the record
 * schemas compiled ahead of time with ajv's standalone code. `-- --check` exits 1 when it is stale.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { runCommand } from "./command-line.ts";
import { projectRoot } from "./project-paths.ts";
import { generateValidators } from "./validation/generate-validators.ts";

export const generatedValidatorsPath = path.join(projectRoot, "scripts/validation/record-validators.generated.js");

if (import.meta.url === `file://${process.argv[1]}`) {
  await runCommand(() => {
    const { values } = parseArgs({ options: { check: { type: "boolean", default: false } } });
    const generated = generateValidators();
    const current = fs.existsSync(generatedValidatorsPath) ? fs.readFileSync(generatedValidatorsPath, "utf8") : "";
    if (values.check) {
      if (current === generated) return 0;
      process.stderr.write(
        "scripts/validation/record-validators.generated.js is stale: run `npm run genvalidators` and commit the result\n",
      );
      return 1;
    }
    if (current !== generated) fs.writeFileSync(generatedValidatorsPath, generated);
    process.stdout.write(
      `${current === generated ? "unchanged" : "wrote"} ${path.relative(process.cwd(), generatedValidatorsPath)}\n`,
    );
    return 0;
  });
}
