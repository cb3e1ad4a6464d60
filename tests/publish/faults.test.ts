/**
 * Builds that meet a full disk, another build, or a crash in the middle of putting the new site
 * in place: each time the output folder is the old site or the new one, never neither or a mix,
 * the next build succeeds, and nothing is left behind.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project-paths.ts";
import { readSiteConfig } from "../../scripts/paths/site-config.ts";
import { buildSite } from "../../scripts/writer/site-builder.ts";
import { buildsLeftBehind } from "./build-folders.ts";
import { treeDigest } from "./tree-digest.ts";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "registry-faults-"));
const mounts: string[] = [];
afterAll(() => {
  for (const mount of mounts) asRoot("umount", [mount]);
  fs.rmSync(scratch, { recursive: true, force: true });
});

const realData = path.join(projectRoot, "data");
const site = readSiteConfig("http://localhost:8080/");

/** A copy of the real data with one change, so that the old and the new site differ. */
function changedData(): string {
  const dir = fs.mkdtempSync(path.join(scratch, "data-"));
  fs.cpSync(realData, dir, { recursive: true });
  const sast = path.join(dir, "organizations/sast.json");
  fs.writeFileSync(sast, fs.readFileSync(sast, "utf8").replace('"kind": "association"', '"kind": "academy"'));
  return dir;
}

/** `npm run build` as a process of its own. */
function buildCommand(dataDir: string, outDir: string) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/build.ts", "--data", dataDir, "--out", outDir], {
      cwd: projectRoot,
      env: { ...process.env, SITE_URL: site.baseUrl },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

async function build(dataDir: string, outDir: string): Promise<void> {
  const result = await buildSite({ dataDir, outDir, site });
  if (!result.ok) throw new Error(`build failed: ${JSON.stringify(result).slice(0, 2000)}`);
}

/** Root's commands, through sudo where the tests do not run as root (as the test tools are installed). */
function asRoot(command: string, args: string[]) {
  const sudo = process.getuid?.() === 0 ? [] : ["sudo", "-n", command];
  return spawnSync(sudo[0] ?? command, [...sudo.slice(1), ...args], { encoding: "utf8" });
}

/** A small file system that fills up: tmpfs, which only root can mount. */
function smallFileSystem(size: string): string {
  const dir = fs.mkdtempSync(path.join(scratch, "tmpfs-"));
  const mounted = asRoot("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", dir]);
  if (mounted.status !== 0)
    throw new Error(
      `a full disk is made with a small tmpfs, which needs root or sudo: ${mounted.stderr || mounted.error?.message}`,
    );
  mounts.push(dir);
  return dir;
}

describe("a build on a full disk", () => {
  it("stops with one line naming the file and the cause, leaves the old site, and the next build succeeds", async () => {
    const dir = smallFileSystem("3m");
    const out = path.join(dir, "site");
    await build(realData, out);
    const before = treeDigest(out);
    const changed = changedData();
    const failed = await buildCommand(changed, out);
    expect(failed.status, failed.stderr).toBe(1);
    expect(failed.stderr).toMatch(/^error: could not write [^\n]+: no space left on device\n$/);
    expect(treeDigest(out)).toEqual(before);
    // The failed build's folder is set aside for deletion, and nothing writes into it again.
    await sleep(1000);
    expect(buildsLeftBehind(out)).toEqual([]);
    expect(asRoot("mount", ["-o", "remount,size=16m", dir]).status).toBe(0);
    const again = await buildCommand(changed, out);
    expect(again.status, again.stderr).toBe(0);
    const expected = path.join(scratch, "expected-after-full-disk");
    await build(changed, expected);
    expect(treeDigest(out)).toEqual(treeDigest(expected));
  });
});

describe("two builds into one folder at once", () => {
  it("run one after the other: the second waits, saying so, and neither fails", async () => {
    const out = path.join(scratch, "contended");
    await build(realData, out);
    const changed = changedData();
    const [first, second] = await Promise.all([buildCommand(changed, out), buildCommand(realData, out)]);
    expect([first.status, second.status]).toEqual([0, 0]);
    expect(first.stderr + second.stderr).toMatch(/another build is writing [^\n]+: waiting for it to finish\n/);
    const trees = await Promise.all(
      [changed, realData].map(async (data, index) => {
        const dir = path.join(scratch, `contended-expected-${index}`);
        await build(data, dir);
        return treeDigest(dir);
      }),
    );
    expect(trees).toContainEqual(treeDigest(out));
    expect(buildsLeftBehind(out)).toEqual([]);
  });
});

describe("a build stopped between the two steps of putting its site in place", () => {
  it("leaves the old site when stopped after making the link to the new one; the next build removes the link", async () => {
    const out = path.join(scratch, "link-made");
    await build(realData, out);
    const before = treeDigest(out);
    // The state a crash leaves after the first step: the link to a complete new build, beside the site.
    const staged = path.join(scratch, "staged-link");
    await build(changedData(), staged);
    const next = path.join(scratch, ".link-made.next");
    fs.symlinkSync(fs.realpathSync(staged), next);
    expect(treeDigest(out)).toEqual(before);
    await build(realData, out);
    expect(fs.existsSync(next)).toBe(false);
    expect(treeDigest(out)).toEqual(before);
  });

  it("completes the switch of an output folder from before links, even in a build that then fails", async () => {
    const out = path.join(scratch, "plain-folder");
    await build(realData, out);
    // The state a crash leaves between the two renames that turn a plain folder into a link: the
    // old folder moved aside, the link to the checked new build not yet in its place.
    const newBuild = fs.realpathSync(out);
    fs.rmSync(out);
    const next = path.join(scratch, ".plain-folder.next");
    fs.symlinkSync(path.relative(scratch, newBuild), next);
    const broken = changedData();
    fs.writeFileSync(path.join(broken, "organizations/sast.json"), "{");
    const failed = await buildSite({ dataDir: broken, outDir: out, site });
    expect(failed.ok).toBe(false);
    expect(fs.realpathSync(out)).toBe(newBuild);
    expect(fs.existsSync(next)).toBe(false);
    await build(realData, out);
  });
});

describe("published files", () => {
  it("are readable by a web server running as another user: folders 0755 and files 0644 under umask 022", async () => {
    const out = path.join(scratch, "modes");
    const previous = process.umask(0o022);
    try {
      await build(realData, out);
    } finally {
      process.umask(previous);
    }
    const root = fs.realpathSync(out);
    expect(fs.statSync(root).mode & 0o777).toBe(0o755);
    expect(fs.statSync(path.join(root, "api")).mode & 0o777).toBe(0o755);
    expect(fs.statSync(path.join(root, "index.html")).mode & 0o777).toBe(0o644);
    expect(fs.statSync(path.join(root, "api/v1/all.json")).mode & 0o777).toBe(0o644);
  });
});
