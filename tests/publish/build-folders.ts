import fs from "node:fs";
import path from "node:path";

/**
 * The builds beside an output folder that are neither the one it points at nor set aside for
 * deletion in the background (named ".discarded-"): what an interrupted or failed build left.
 */
export function buildsLeftBehind(outDir: string): string[] {
  const builds = path.join(path.dirname(outDir), `.${path.basename(outDir)}.builds`);
  const current = fs.existsSync(outDir) ? fs.realpathSync(outDir) : undefined;
  if (!fs.existsSync(builds)) return [];
  return fs
    .readdirSync(builds)
    .map((name) => path.join(builds, name))
    .filter((dir) => dir !== current && !path.basename(dir).includes(".discarded-"));
}
