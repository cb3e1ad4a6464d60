import fs from "node:fs";
import path from "node:path";

/**
 * Replaces `outDir` with the checked staging folder by two renames on the same file system,
 * so that the published folder is never half-written. The previous tree is removed last.
 */
export function swapIntoPlace(staging: string, outDir: string): void {
  const target = path.resolve(outDir);
  const previous = `${staging}.previous`;
  if (fs.existsSync(target)) fs.renameSync(target, previous);
  fs.renameSync(staging, target);
  fs.rmSync(previous, { recursive: true, force: true });
}
