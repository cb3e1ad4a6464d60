import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project-paths.ts";

/** `npm run fix` on a copy of the data: what it says, and its exit status, which CI scripts and people rely on. */
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "registry-fix-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const eventFile = "events/cluster-unveiling-ceremony-2023.json";

function dataWith(name: string, change: (record: Record<string, unknown>) => void): string {
  const dataDir = path.join(scratch, name);
  fs.cpSync(path.join(projectRoot, "data"), dataDir, { recursive: true });
  const file = path.join(dataDir, eventFile);
  const record = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
  change(record);
  // Four-space indentation, as an editor might write it.
  fs.writeFileSync(file, JSON.stringify(record, null, 4));
  return dataDir;
}

function fix(dataDir: string) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/fix.ts", "--data", dataDir], {
    cwd: projectRoot,
    encoding: "utf8",
  });
}

/** The user a contributor is: root may write any file, so as root the commands run as `nobody`. */
const contributor = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;

/** `npm run <command>` as the contributor, on a data folder the contributor owns. */
function runAsContributor(command: "fix" | "format", dataDir: string) {
  if (contributor) {
    fs.chmodSync(scratch, 0o755);
    for (const entry of fs.readdirSync(dataDir, { recursive: true }) as string[]) {
      fs.chownSync(path.join(dataDir, entry), contributor.uid, contributor.gid);
    }
    fs.chownSync(dataDir, contributor.uid, contributor.gid);
  }
  return spawnSync(process.execPath, ["--import", "tsx", `scripts/${command}.ts`, "--data", dataDir], {
    cwd: projectRoot,
    encoding: "utf8",
    ...contributor,
  });
}

describe("npm run fix", () => {
  it("repairs the layout and exits 0 when nothing is left to do", () => {
    const dataDir = dataWith("layout", () => {});
    const result = fix(dataDir);
    expect(result.stdout).toContain(`${path.join(dataDir, eventFile)}  canonical layout`);
    expect(result.stdout).toContain("1 file fixed\n");
    expect(result.status).toBe(0);
  });

  it("exits 1, and says so, when a file still needs a person after the repairs", () => {
    const dataDir = dataWith("typo", (record) => {
      record.timezone = "Asia/Shanghai";
    });
    const result = fix(dataDir);
    expect(result.stdout).toContain("1 file fixed, 1 left for you to repair (see `npm run validate`)");
    expect(result.status).toBe(1);
    // The repair it could make was still made.
    const text = fs.readFileSync(path.join(dataDir, eventFile), "utf8");
    expect(text.startsWith('{\n  "$schema"')).toBe(true);
  });

  it.each(["fix", "format"] as const)(
    "%s keeps a rewritten file's mode, and refuses in one line a file the contributor made read-only",
    (command) => {
      const dataDir = dataWith(`modes-${command}`, () => {});
      const file = path.join(dataDir, eventFile);
      fs.chmodSync(file, 0o640);
      let result = runAsContributor(command, dataDir);
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(fs.statSync(file).mode & 0o7777).toBe(0o640);

      const reindented = JSON.stringify(JSON.parse(fs.readFileSync(file, "utf8")), null, 4);
      fs.writeFileSync(file, reindented);
      fs.chmodSync(file, 0o444);
      result = runAsContributor(command, dataDir);
      expect(result.stderr).toBe(
        `error: ${path.join(dataDir, eventFile)}: left unchanged, because you have no permission to write it (mode 0444)\n`,
      );
      expect(result.status).toBe(1);
      expect(fs.readFileSync(file, "utf8")).toBe(reindented);
      expect(fs.statSync(file).mode & 0o7777).toBe(0o444);
    },
  );
});
