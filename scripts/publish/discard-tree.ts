import { spawn } from "node:child_process";
import fs from "node:fs";

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
    {
      detached: true,
      stdio: "ignore",
    },
  );
  child.unref();
}
