import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project-paths.ts";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "registry-validate-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function runValidate(dataDir: string, env: Record<string, string> = {}) {
  return spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(projectRoot, "scripts/validate.ts"), "--data", dataDir],
    {
      cwd: projectRoot,
      encoding: "utf8",
      env: { ...process.env, GITHUB_ACTIONS: "", ...env },
    },
  );
}

/** A copy of the real data with one participant's reference broken by hand, as a contributor might. */
function brokenCopy(): string {
  const dir = fs.mkdtempSync(path.join(scratch, "data-"));
  fs.cpSync(path.join(projectRoot, "data"), dir, { recursive: true });
  const file = path.join(dir, "events/cluster-unveiling-ceremony-2023.json");
  fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace('"organization": "sast"', '"organization": "sast2"'));
  return dir;
}

describe("npm run validate", () => {
  it("passes the real data with exit code 0", () => {
    const result = runValidate(path.join(projectRoot, "data"));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^✔ \d+ records valid\n$/);
  });

  it("names file, line, column, pointer and the missing id of a broken reference, and exits 1", () => {
    const dir = brokenCopy();
    const result = runValidate(dir);
    // Outside the working directory, files are named by their absolute path.
    const file = path.join(dir, "events/cluster-unveiling-ceremony-2023.json");
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("");
    expect(result.stdout.split("\n")).toEqual([
      `${file}:27:23  /participants/2/organization  no organization "sast2" (did you mean "sast"?)`,
      "✖ 1 error and 0 warnings in 1 file (11 records checked)",
      "",
    ]);
  });

  it("adds GitHub annotations when run in GitHub Actions", () => {
    const dir = brokenCopy();
    const result = runValidate(dir, { GITHUB_ACTIONS: "true" });
    // Outside the working directory, files are named by their absolute path.
    const file = path.join(dir, "events/cluster-unveiling-ceremony-2023.json");
    expect(result.stdout).toContain(
      `::error file=${file},line=27,col=23,title=references-resolve::/participants/2/organization  no organization "sast2" (did you mean "sast"?)\n`,
    );
  });

  it("refuses a named file that does not exist or lies outside the data folder, instead of passing it", () => {
    const outside = path.join(scratch, "outside.json");
    fs.writeFileSync(outside, "{}\n");
    for (const [file, message] of [
      ["events/no-such-event.json", "no such file: events/no-such-event.json"],
      ["data/events", "data/events is a folder: name record files, or none for every record"],
      [outside, `${outside} is not in the data folder (data): give record files from there`],
    ]) {
      const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/validate.ts", file!], {
        cwd: projectRoot,
        encoding: "utf8",
      });
      expect(result.stderr).toBe(`error: ${message}\n`);
      expect(result.status).toBe(2);
    }
  });

  it("finds a file named from inside the data folder, as npm run passes it", () => {
    const result = spawnSync("npm", ["run", "-s", "validate", "--", "cluster-unveiling-ceremony-2023.json"], {
      cwd: path.join(projectRoot, "data/events"),
      encoding: "utf8",
      env: { ...process.env, GITHUB_ACTIONS: "" },
    });
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("✔ 1 record valid\n");
    expect(result.status).toBe(0);
  });

  it("takes a path from where its own process starts when the npm script that started it ran something else", () => {
    // As in these tests: `npm test` sets INIT_CWD for vitest, and every process it starts inherits it.
    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", "scripts/validate.ts", "data/sources/cast-website.json"],
      {
        cwd: projectRoot,
        encoding: "utf8",
        env: { ...process.env, INIT_CWD: path.join(projectRoot, "data"), npm_lifecycle_script: "vitest run" },
      },
    );
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("✔ 1 record valid\n");
    expect(result.status).toBe(0);
  });

  it("explains a missing data folder in one line, without a stack trace", () => {
    const result = runValidate(path.join(scratch, "no-such-folder"));
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`error: data folder not found: ${path.join(scratch, "no-such-folder")}\n`);
  });
});
