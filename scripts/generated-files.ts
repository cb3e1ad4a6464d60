/**
 * What `npm run gentypes` and `npm run genvalidators` do with the files they generate: write the
 * ones whose content changed, or, with `--check`, write nothing and count the stale ones, so that
 * a test and CI catch a schema edited without regenerating.
 */
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "./project-paths.ts";

export interface GeneratedFile {
  /** Absolute path. */
  target: string;
  content: string;
}

/** Writes (or checks) each file, saying what it did; returns the exit status of the command. */
export function writeGeneratedFiles(files: readonly GeneratedFile[], command: string, check: boolean): number {
  let stale = 0;
  for (const { target, content } of files) {
    const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "";
    const name = path.relative(projectRoot, target);
    if (check) {
      if (current !== content) {
        process.stderr.write(`${name} is stale: run \`${command}\` and commit the result\n`);
        stale++;
      }
      continue;
    }
    if (current !== content) fs.writeFileSync(target, content);
    process.stdout.write(`${current === content ? "unchanged" : "wrote"} ${name}\n`);
  }
  return stale > 0 ? 1 : 0;
}
