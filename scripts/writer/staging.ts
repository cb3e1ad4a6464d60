import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/**
 * A new, empty folder beside the output folder, which a build fills and checks before it takes
 * the output folder's place; beside it, so that the switch is a rename on one file system.
 * Folders left by an interrupted build never hold the published site: they are discarded.
 */
export function createStagingFolder(outDir: string): string {
  const parent = path.dirname(path.resolve(outDir));
  fs.mkdirSync(parent, { recursive: true });
  const prefix = `.${path.basename(outDir)}.staging-`;
  for (const name of fs.readdirSync(parent)) {
    if (name.startsWith(prefix) && !name.includes(".discarded-")) discardTree(path.join(parent, name));
  }
  return fs.mkdtempSync(path.join(parent, prefix));
}

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

/**
 * Removes a folder that no longer matters (a replaced site, a staging folder left by an
 * interrupted build) without making the build wait: deleting 100,000 files takes longer than
 * writing them on some file systems. The folder is first renamed aside, so nothing can mistake it
 * for a live one, then a detached process deletes it.
 */
export function discardTree(dir: string, waitForIt = false): void {
  if (!fs.existsSync(dir)) return;
  const doomed = `${dir}.discarded-${process.pid}-${Date.now()}`;
  fs.renameSync(dir, doomed);
  if (waitForIt) {
    fs.rmSync(doomed, { recursive: true, force: true });
    return;
  }
  const child = spawn(
    process.execPath,
    ["-e", "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })", doomed],
    { detached: true, stdio: "ignore" },
  );
  child.unref();
}
