// The pre-commit hook (installed by simple-git-hooks on `npm ci`): repairs and checks the record
// files a commit stages, and nothing else, in a fraction of a second even with many records.
//
// Starting Node with the TypeScript loader costs about half a second, so the check runs from a
// bundle of scripts/hooks/check-staged-records.ts that is built once and again only when a
// script, schema or dependency changes.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const git = (...args) => execFileSync("git", args, { cwd: root, encoding: "utf8" });
const list = (output) => output.split("\0").filter(Boolean);

const staged = list(git("diff", "--cached", "--name-only", "--diff-filter=ACMR", "-z", "--", "data/")).filter((file) =>
  file.endsWith(".json"),
);
if (staged.length === 0) process.exit(0);
// A file with unstaged changes too is checked as staged but not rewritten: rewriting and
// re-adding it would slip the unstaged part into the commit.
const partlyStaged = new Set(list(git("diff", "--name-only", "-z", "--", ...staged)));

// Inside the repository (not node_modules, which may be shared): the bundle finds its root from here.
const cacheDir = path.join(root, ".cache/hooks");
const bundle = path.join(cacheDir, "check-staged-records.mjs");
const stampFile = `${bundle}.stamp`;

/** Names, sizes and modification times of every input of the bundle. */
function inputsStamp() {
  const hash = createHash("sha256");
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|js|json)$/.test(entry.name)) {
        const stat = fs.statSync(full);
        hash.update(`${full}\0${stat.size}\0${stat.mtimeMs}\n`);
      }
    }
  };
  walk(path.join(root, "scripts"));
  walk(path.join(root, "schemas"));
  hash.update(fs.readFileSync(path.join(root, "package-lock.json")));
  return hash.digest("hex");
}

const stamp = inputsStamp();
if (!fs.existsSync(bundle) || !fs.existsSync(stampFile) || fs.readFileSync(stampFile, "utf8") !== stamp) {
  const { build } = await import("esbuild");
  fs.mkdirSync(cacheDir, { recursive: true });
  await build({
    entryPoints: [path.join(root, "scripts/hooks/check-staged-records.ts")],
    outfile: bundle,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
    // Bundled CommonJS dependencies (ajv) still call require().
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  fs.writeFileSync(stampFile, stamp);
}

const { checkStagedRecords } = await import(pathToFileURL(bundle).href);
// `git show :file` gives the staged version, which is what the commit holds.
const stagedContents = new Map(
  staged
    .filter((file) => partlyStaged.has(file))
    .map((file) => [path.join(root, file), execFileSync("git", ["show", `:${file}`], { cwd: root })]),
);
let result;
try {
  result = checkStagedRecords(
    staged.map((file) => path.join(root, file)),
    stagedContents,
  );
} catch (error) {
  // No room, no permission to rewrite a record: the machine's state, said in one line as the
  // commands say it (scripts/command-line.ts), not a bug to report with a stack.
  if (!(error instanceof Error && typeof error.code === "string" && typeof error.syscall === "string")) throw error;
  process.stderr.write(`error: ${error.message}\n`);
  process.exit(1);
}
const fixed = result.fixed.map((file) => path.relative(root, file));
if (fixed.length) git("add", "--", ...fixed);
process.exitCode = result.exitCode;
