/**
 * `npm run test:tools`, the first step of `npm test`, on a machine where it cannot install what
 * the tests need: it stops at once with one message naming what is missing and the command that
 * installs it. Run with a PATH that holds only Node.js and a shell, plus stand-ins for apt-get
 * and sudo that fail as they do without network or without a password.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project-paths.ts";

const run = promisify(execFile);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "test-tools-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A folder for PATH with node, sh, and the given stand-in commands. */
function binFolder(name: string, standIns: Record<string, string>): string {
  const bin = path.join(scratch, name);
  fs.mkdirSync(bin);
  fs.symlinkSync(process.execPath, path.join(bin, "node"));
  fs.symlinkSync("/bin/sh", path.join(bin, "sh"));
  for (const [command, script] of Object.entries(standIns)) {
    fs.writeFileSync(path.join(bin, command), `#!/bin/sh\n${script}\n`, { mode: 0o755 });
  }
  return bin;
}

async function testTools(bin: string) {
  const started = performance.now();
  try {
    await run(process.execPath, ["--import", "tsx", "scripts/install-test-tools.ts"], {
      cwd: projectRoot,
      env: { PATH: bin, HOME: scratch, CHROMIUM_PATH: path.join(scratch, "no-chromium"), TMPDIR: scratch },
      encoding: "utf8",
    });
    return { status: 0, stdout: "", stderr: "", seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { status: code, stdout, stderr, seconds: (performance.now() - started) / 1000 };
  }
}

const packages = "libxml2-utils default-jre-headless sqlite3 chromium fonts-noto-cjk";

describe("npm run test:tools, where it cannot install", () => {
  it("names what is missing and the command that installs it, without apt-get", async () => {
    const result = await testTools(binFolder("no-apt", {}));
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      "error: the tests need xmllint (strict XML checks of the feeds and the sitemap), a Java runtime (the Nu HTML Checker), " +
        "sqlite3 (reading back the SQLite database), Chromium (the browser tests), Chinese fonts (the browser tests of the Chinese pages), " +
        "and this machine has no apt-get to install them with.\n" +
        `  Install them with: sudo apt-get install -y ${packages}\n` +
        "  then run npm test again.\n",
    );
    expect(result.seconds).toBeLessThan(20);
  });

  it("says so when apt-get fails (no network) or sudo wants a password", async () => {
    const bin = binFolder("apt-fails", {
      "apt-get": "echo 'could not resolve deb.debian.org' >&2; exit 100",
      sudo: "exit 1",
    });
    const result = await testTools(bin);
    expect(result.status).toBe(1);
    const why =
      process.getuid?.() === 0
        ? `apt-get could not install them (see ${path.join(scratch, "registry-test-tools.log")})`
        : "installing them needs root, and sudo asks for a password";
    expect(result.stderr).toContain(`, and ${why}.\n  Install them with: sudo apt-get install -y ${packages}\n`);
    expect(result.stderr.split("\n").filter((line) => line.startsWith("error:"))).toHaveLength(1);
  });
});
