import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/**
 * Where a build puts a new site, and how it takes the output folder's place. The output folder
 * is a symbolic link to a complete build in `.<name>.builds/`, beside it on the same file system;
 * a new build is written and checked in a folder of its own there, then a link to it replaces
 * the output folder by one rename(2), which no reader or crash sees half done. The build the
 * link pointed at before is then deleted in the background.
 */
interface OutputLayout {
  outDir: string;
  /** The folder of builds: the one the output folder points at, and any being written. */
  builds: string;
  /** The link that is about to replace the output folder. */
  next: string;
}

function layoutOf(outDir: string): OutputLayout {
  const absolute = path.resolve(outDir);
  const parent = path.dirname(absolute);
  const name = path.basename(absolute);
  return { outDir: absolute, builds: path.join(parent, `.${name}.builds`), next: path.join(parent, `.${name}.next`) };
}

/**
 * A new, empty folder for a build, readable by a web server running as another user (mkdtemp
 * makes folders 0700; published folders are 0755 and files 0644, the umask permitting).
 */
export function createStagingFolder(outDir: string): string {
  const { builds } = layoutOf(outDir);
  fs.mkdirSync(builds, { recursive: true, mode: 0o755 });
  const staging = fs.mkdtempSync(path.join(builds, "build-"));
  fs.chmodSync(staging, 0o755);
  return staging;
}

/**
 * Puts a checked build in place of the output folder. Where the output folder is still a plain
 * folder (the layout before links, or a new empty folder given with --out), it is moved into the
 * builds first, as no rename can replace a folder by a link: a crash between those two renames
 * leaves the link ready beside it, and the next start completes the switch (`recoverOutputFolder`).
 */
export function switchTo(staging: string, outDir: string): void {
  const { outDir: target, builds, next } = layoutOf(outDir);
  fs.rmSync(next, { force: true });
  fs.symlinkSync(path.relative(path.dirname(target), staging), next);
  const previous = currentBuild(target);
  if (isPlainFolder(target)) fs.renameSync(target, fs.mkdtempSync(path.join(builds, "replaced-")) + "/site");
  fs.renameSync(next, target);
  if (previous) discardTree(previous);
}

/**
 * Makes the output folder whole again after a build was stopped part-way, and clears what it
 * left: a switch cut between its two renames is completed (the link only exists for a checked
 * build), a link never used is removed, and every build the output folder does not point at is
 * deleted in the background. Called by each build before it starts, under the output folder's lock.
 */
export function recoverOutputFolder(outDir: string): void {
  const { outDir: target, builds, next } = layoutOf(outDir);
  if (isLink(next)) {
    if (!exists(target) && !isLink(target)) fs.renameSync(next, target);
    else fs.rmSync(next, { force: true });
  }
  const current = currentBuild(target);
  if (fs.existsSync(builds)) {
    for (const name of fs.readdirSync(builds)) {
      const dir = path.join(builds, name);
      if (dir !== current && !name.includes(".discarded-")) discardTree(dir);
    }
  }
  // Staging folders of the layout before links, beside the output folder.
  const parent = path.dirname(target);
  const stagingPrefix = `.${path.basename(target)}.staging-`;
  for (const name of fs.existsSync(parent) ? fs.readdirSync(parent) : []) {
    if (name.startsWith(stagingPrefix) && !name.includes(".discarded-")) discardTree(path.join(parent, name));
  }
}

/** The build the output folder points at, if it is a link. */
function currentBuild(target: string): string | undefined {
  if (!isLink(target)) return undefined;
  return path.resolve(path.dirname(target), fs.readlinkSync(target));
}

function isLink(file: string): boolean {
  return fs.lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
}

function isPlainFolder(file: string): boolean {
  return fs.lstatSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

function exists(file: string): boolean {
  return fs.existsSync(file);
}

/**
 * Removes a folder that no longer matters (a replaced build, one a failed build left) without
 * making the build wait: deleting 100,000 files takes longer than writing them on some file
 * systems. The folder is first renamed aside, so nothing can mistake it for a live one, then a
 * detached process deletes it.
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
