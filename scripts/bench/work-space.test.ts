import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { UsageError } from "../command-line.ts";
import { projectRoot } from "../project-paths.ts";
import { runBenchmark } from "./benchmark.ts";
import { checkWorkSpace, spaceNeeded } from "./work-space.ts";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "bench-work-space-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const emptyFolder = (name: string) => {
  const folder = path.join(root, name);
  fs.mkdirSync(folder);
  return folder;
};

describe("the room a benchmark needs", () => {
  it("grows with the records, and is smaller without the trees that verify the rebuilds", () => {
    expect(spaceNeeded(100_000, true)).toBeGreaterThan(15e9);
    expect(spaceNeeded(100_000, false)).toBeLessThan(spaceNeeded(100_000, true) / 2);
    expect(spaceNeeded(20_000, true)).toBe(2 * spaceNeeded(10_000, true));
  });

  it("refuses a folder without room, naming what is needed, what is free and what to do", () => {
    const folder = emptyFolder("small");
    const tooSmall = () => checkWorkSpace(folder, 100_000, true, () => 5e9);
    expect(tooSmall).toThrow(UsageError);
    expect(tooSmall).toThrow(/100,000 records needs about 2\d\.\d GB in .*small, and 5\.0 GB is free there/);
    expect(tooSmall).toThrow(/--work DIR, or add --skip-verify \(about \d+\.\d GB\)/);
    // Without verification there is nothing more to leave out.
    expect(() => checkWorkSpace(folder, 1_000_000, false, () => 5e9)).toThrow(/--work DIR$/);
  });

  it("accepts a folder with room, and refuses one that does not exist", () => {
    expect(() => checkWorkSpace(emptyFolder("roomy"), 100_000, true, () => 1e12)).not.toThrow();
    expect(() => checkWorkSpace(path.join(root, "missing"), 100, true)).toThrow(/work folder not found: .*missing/);
  });

  it("is checked before anything is generated", async () => {
    const folder = emptyFolder("refused");
    await expect(
      runBenchmark({ records: 500, seed: 1, runs: 1, verify: true, workRoot: folder, freeSpace: () => 0 }),
    ).rejects.toThrow(UsageError);
    expect(fs.readdirSync(folder)).toEqual([]);
  });
});

describe("a benchmark stopped halfway", () => {
  /**
   * Starts a benchmark in a process group of its own and signals it once its first build is
   * done: the work folder then holds data and a built tree, and the builds that verify the
   * rebuilds are running.
   */
  const stopHalfway = async (folder: string, stop: (bench: ChildProcess) => void) => {
    const bench = spawn(
      process.execPath,
      ["--import", "tsx", "scripts/bench/run-benchmark.ts", "--records", "100", "--runs", "1", "--work", folder],
      { cwd: projectRoot, stdio: ["ignore", "pipe", "pipe"], detached: true },
    );
    let stdout = "";
    let stderr = "";
    bench.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    bench.stdout!.on("data", (chunk: Buffer) => {
      const firstBuildDone = !stdout.includes("warm-up  cold build");
      stdout += chunk.toString();
      if (firstBuildDone && stdout.includes("warm-up  cold build")) stop(bench);
    });
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      bench.on("close", (exitCode, exitSignal) => resolve([exitCode, exitSignal])),
    );
    return { stdout, stderr, code, signal };
  };

  it("stops its running stage, removes its work folder and exits with the signal's status", async () => {
    const folder = emptyFolder("stopped");
    const stopped = await stopHalfway(folder, (bench) => bench.kill("SIGTERM"));
    expect(stopped.stdout).toContain("warm-up  cold build");
    expect({ code: stopped.code, signal: stopped.signal }).toEqual({ code: 143, signal: null });
    expect(stopped.stderr).toContain("stopped by SIGTERM; its work folder is removed");
    expect(fs.readdirSync(folder)).toEqual([]);
  }, 120_000);

  it("does the same when Ctrl-C signals every process of the terminal's group, the stage too", async () => {
    const folder = emptyFolder("interrupted");
    const stopped = await stopHalfway(folder, (bench) => process.kill(-bench.pid!, "SIGINT"));
    expect({ code: stopped.code, signal: stopped.signal }).toEqual({ code: 130, signal: null });
    expect(stopped.stderr).toBe("stopped by SIGINT; its work folder is removed\n");
    expect(fs.readdirSync(folder)).toEqual([]);
  }, 120_000);
});
