import fs from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

/**
 * The repository's root: the nearest folder above this module that holds `schemas/` and
 * `package.json`. Searching (rather than assuming `..`) keeps it right when the scripts run
 * bundled from a cache folder, as the pre-commit hook does.
 */
function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "schemas")) && fs.existsSync(path.join(dir, "package.json")))
      return `${dir}${path.sep}`;
    if (path.dirname(dir) === dir) throw new Error(`no project root above ${start}`);
  }
}

/** Absolute paths of the repository's folders, wherever a command is started from. */
export const projectRoot = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));
export const schemasDir = path.join(projectRoot, "schemas");
export const defaultDataDir = path.join(projectRoot, "data");

/**
 * The data folder a command works on: `--data DIR`, else `$REGISTRY_DATA_DIR`, else `data/`.
 * Tests and benchmarks point it at generated datasets.
 */
export function resolveDataDir(option: string | undefined): string {
  const chosen = option ?? process.env.REGISTRY_DATA_DIR;
  return chosen ? path.resolve(chosen) : defaultDataDir;
}

/** A path as contributors see it in messages and GitHub annotations: relative, with `/`. */
export function displayPath(absolutePath: string): string {
  const relative = path.relative(process.cwd(), absolutePath);
  return (relative.startsWith("..") ? absolutePath : relative).split(path.sep).join("/");
}
