import fs from "node:fs";
import path from "node:path";
import { discardTree } from "./discard-tree.ts";

/**
 * Replaces `outDir` with the checked staging folder by two renames on the same file system,
 * so that the published folder is never half-written. The previous tree is deleted afterwards,
 * in the background.
 */
export function swapIntoPlace(staging: string, outDir: string): void {
  const target = path.resolve(outDir);
  const previous = `${staging}.previous`;
  if (fs.existsSync(target)) fs.renameSync(target, previous);
  fs.renameSync(staging, target);
  discardTree(previous);
}
