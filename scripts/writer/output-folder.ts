import fs from "node:fs";
import path from "node:path";
import { UsageError } from "../command-line.ts";
import { defaultOutDir, displayPath, isSameOrInside, projectRoot } from "../project-paths.ts";
import { sitePaths } from "../paths/site-paths.ts";

/**
 * Refuses an output folder that a build must not replace. A build swaps a fresh folder in for
 * the output folder whole and deletes what was there, so a mistyped `--out` (`.`, `data`,
 * `docs`, a home folder) would otherwise delete the project, the records or someone's files.
 * Accepted: a folder that does not exist yet, an empty one, one that a build made, which always
 * holds the manifest of every file it published, and the project's own `_site/`.
 */
export function checkOutputFolder(outDir: string, dataDir: string, ownFolder = defaultOutDir): void {
  const out = realPath(outDir);
  // The project's own output folder, which git ignores, is always the build's to replace:
  // Eleventy run on its own (see .eleventy.js) writes pages there without a manifest.
  if (out === realPath(ownFolder)) return;
  const refuse = (why: string) => {
    throw new UsageError(`refusing to build into ${displayPath(outDir)}: ${why}`);
  };
  if (isSameOrInside(out, realPath(projectRoot)))
    refuse("the project is in it, and the build replaces the whole folder; choose another --out");
  const data = realPath(dataDir);
  if (isSameOrInside(out, data))
    refuse("the data folder is in it, and the build replaces the whole folder; choose another --out");
  if (isSameOrInside(data, out)) refuse("it is inside the data folder; choose another --out");
  if (!fs.existsSync(out)) return;
  if (!fs.statSync(out).isDirectory()) refuse("it is a file, not a folder");
  if (fs.readdirSync(out).length === 0 || fs.existsSync(path.join(out, sitePaths.apiManifest))) return;
  refuse(
    `it holds files that no build made (it has no ${sitePaths.apiManifest}), and the build replaces the whole folder; remove them or choose another --out`,
  );
}

/** The absolute path with symbolic links resolved, as far as the path exists. */
function realPath(target: string): string {
  const absolute = path.resolve(target);
  if (fs.existsSync(absolute)) return fs.realpathSync(absolute);
  const parent = path.dirname(absolute);
  return parent === absolute ? absolute : path.join(realPath(parent), path.basename(absolute));
}
