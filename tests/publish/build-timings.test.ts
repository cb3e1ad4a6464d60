import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project-paths.ts";

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "build-timings-"));
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

describe("npm run build -- --timings", () => {
  it("prints each stage's time, then the processor time of the build's thread, its process and its children", () => {
    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", "scripts/build.ts", "--out", path.join(outDir, "site"), "--timings"],
      { cwd: projectRoot, encoding: "utf8" },
    );
    expect(result.status).toBe(0);
    const lines = result.stdout.split("\n");
    for (const stage of ["validate", "catalog", "api and feeds", "pages", "tree check"]) {
      expect(lines.some((line) => new RegExp(`^  ${stage} +\\d+\\.\\d\\d s$`).test(line))).toBe(true);
    }
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^ {2}processor time: build's thread \d+\.\d s, whole process \d+\.\d s, child processes \d+\.\d s$/,
      ),
    );
  }, 60_000);
});
