import { fileURLToPath } from "node:url";
import path from "node:path";

/** Absolute paths of the repository's folders, wherever a command is started from. */
export const projectRoot = fileURLToPath(new URL("..", import.meta.url));
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
