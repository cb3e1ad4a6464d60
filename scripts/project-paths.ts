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
/** Where the site is built unless `--out` says otherwise; git ignores it. */
export const defaultOutDir = path.join(projectRoot, "_site");

/**
 * The data folder a command works on: `--data DIR`, else `$REGISTRY_DATA_DIR`, else `data/`.
 * Tests and benchmarks point it at generated datasets.
 */
export function resolveDataDir(option: string | undefined): string {
  const chosen = option ?? process.env.REGISTRY_DATA_DIR;
  return chosen ? argumentPath(chosen) : defaultDataDir;
}

/**
 * A path given on the command line, made absolute against the folder the command was typed in.
 * `npm run` starts its scripts in the project's folder, so `cd data/events && npm run validate
 * -- forum.json` would otherwise look for `forum.json` at the top of the project. npm says where
 * it was called from in `INIT_CWD`; that is trusted only when npm ran this very script, since a
 * process started by another npm script (a test, say) inherits an `INIT_CWD` not its own.
 */
export function argumentPath(typed: string): string {
  return path.resolve(invocationDir(), typed);
}

function invocationDir(): string {
  const { INIT_CWD: calledFrom, npm_lifecycle_script: script } = process.env;
  const entry = process.argv[1];
  if (calledFrom && script && entry && script.includes(path.relative(process.cwd(), entry))) return calledFrom;
  return process.cwd();
}

/** Whether `inner` is the folder `outer` or somewhere inside it (absolute paths). */
export function isSameOrInside(outer: string, inner: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === "" || (relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/** A path as contributors see it in messages and GitHub annotations: relative, with `/`. */
export function displayPath(absolutePath: string): string {
  const relative = path.relative(process.cwd(), absolutePath);
  if (relative === "") return ".";
  return (relative.startsWith("..") ? absolutePath : relative).split(path.sep).join("/");
}
