/** `npm run generate`: writes a deterministic test dataset. Never into `data/`. */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { runCommand, UsageError, type CommandHelp } from "./command-line.ts";
import { writeDataset } from "./generator/generate-dataset.ts";
import { isCollectionName } from "./records/collections.ts";
import { argumentPath, defaultDataDir, displayPath, isSameOrInside } from "./project-paths.ts";

const help: CommandHelp = {
  usage: "npm run generate -- --records N --out DIR [--seed S] [--invalid-share F] [--force]",
  summary:
    "Writes a deterministic, schema-valid test dataset with resolvable references, for benchmarks and tests. Never into data/.",
  options: {
    "--records N": "how many records (about 20% organizations, 75% events, 5% sources)",
    "--out DIR": "a new or empty folder to write into (required)",
    "--seed S": "the seed: the same seed gives the same records (default: 1)",
    "--invalid-share F": "the share of records made invalid on purpose, from 0 to 1 (default: 0)",
    "--force": "replace the dataset DIR already holds",
  },
};

await runCommand(help, () => {
  const { values } = parseArgs({
    options: {
      records: { type: "string" },
      seed: { type: "string", default: "1" },
      out: { type: "string" },
      "invalid-share": { type: "string", default: "0" },
      force: { type: "boolean", default: false },
    },
  });
  const records = Number(values.records);
  const seed = Number(values.seed);
  const invalidShare = Number(values["invalid-share"]);
  if (!Number.isInteger(records) || records < 1) throw new UsageError("--records must be a whole number of at least 1");
  if (!Number.isInteger(seed)) throw new UsageError("--seed must be a whole number");
  if (!(invalidShare >= 0 && invalidShare <= 1)) throw new UsageError("--invalid-share must be between 0 and 1");
  if (!values.out) throw new UsageError("--out DIR is required: generated data never goes into data/");
  const out = argumentPath(values.out);
  if (isSameOrInside(defaultDataDir, out)) {
    throw new UsageError("refusing to write generated records into data/: pick a temporary folder");
  }
  if (fs.existsSync(out)) {
    if (!fs.statSync(out).isDirectory()) throw new UsageError(`${displayPath(out)} is a file, not a folder`);
    const entries = fs.readdirSync(out);
    // --force replaces an earlier dataset, never anything else: `--out . --force` must not empty the project.
    if (entries.some((name) => !isCollectionName(name)))
      throw new UsageError(`${displayPath(out)} holds more than a dataset: choose a new or empty folder`);
    if (entries.length > 0 && !values.force)
      throw new UsageError(`${displayPath(out)} holds a dataset: pass --force to replace it`);
    fs.rmSync(out, { recursive: true, force: true });
  }
  const result = writeDataset(out, { records, seed, invalidShare });
  process.stdout.write(`wrote ${result.files} records (${result.invalid.length} invalid) to ${displayPath(out)}\n`);
  return 0;
});
