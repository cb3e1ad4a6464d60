import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runBenchmark } from "./benchmark.ts";
import { describeListDifference, describeTreeDifference, diffTrees } from "./file-tree.ts";
import { relativeSpread, summarize } from "./statistics.ts";

describe("the benchmark, once on 150 generated records", () => {
  it("finds that both baselines and the build write the same files, and that each rebuild writes only what changed", async () => {
    const report = await runBenchmark({ records: 150, seed: 7, runs: 1, warmUp: false, verify: true });
    expect(report.problems).toEqual([]);
    expect(report.verified).toBe(true);
    expect(report.files).toBeGreaterThan(300);
    for (const edit of ["edit", "add", "delete"] as const) {
      expect(report.rebuilds[edit].written).toBeGreaterThan(0);
      // A rebuild that rewrote everything would also pass the byte comparison: it must not.
      expect(report.rebuilds[edit].written).toBeLessThan(report.files / 2);
    }
    expect(report.rebuilds.delete.removed).toBeGreaterThan(0);
  }, 300_000);
});

describe("tree comparison", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "tree-compare-"));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const tree = (name: string, files: Record<string, string>) => {
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, name, file)), { recursive: true });
      fs.writeFileSync(path.join(root, name, file), text);
    }
    return path.join(root, name);
  };

  it("names files that differ, appear or go", () => {
    const before = tree("before", { "a.json": "1", "dir/b.html": "b", "dir/c.xml": "c" });
    const after = tree("after", { "a.json": "2", "dir/b.html": "b", "d.txt": "d" });
    expect(diffTrees(before, after)).toEqual({ changed: ["a.json", "d.txt"], removed: ["dir/c.xml"] });
    expect(describeTreeDifference(before, after)).toMatch(/2 files differ .*a\.json.*1 files are missing.*dir\/c\.xml/);
    expect(describeTreeDifference(before, tree("copy", { "a.json": "1", "dir/b.html": "b", "dir/c.xml": "c" }))).toBe(
      undefined,
    );
  });

  it("names paths one list has and the other lacks", () => {
    expect(describeListDifference(["a", "b"], ["b", "c", "b"])).toBe("missing a; extra c");
    expect(describeListDifference(["a"], ["a", "a"])).toBe(undefined);
  });
});

describe("summaries of timed runs", () => {
  it("gives the median and the spread", () => {
    const summary = summarize([5, 1, 3, 2, 4]);
    expect(summary).toEqual({ runs: 5, median: 3, min: 1, max: 5 });
    expect(relativeSpread(summary)).toBeCloseTo(2 / 3);
    expect(summarize([4, 1]).median).toBe(2.5);
  });
});
