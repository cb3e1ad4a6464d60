import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { projectRoot } from "../project-paths.ts";

/**
 * A throwaway git repository holding the working tree as it is (tracked and new files, none
 * that git ignores), with `node_modules` linked rather than copied. For end-to-end tests and
 * benchmarks that commit, build or generate data without touching the real checkout.
 */
export function temporaryClone(prefix: string): string {
  const clone = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], {
    cwd: projectRoot,
    encoding: "utf8",
  })
    .split("\0")
    .filter((file) => file && fs.existsSync(path.join(projectRoot, file)));
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(clone, file)), { recursive: true });
    fs.copyFileSync(path.join(projectRoot, file), path.join(clone, file));
  }
  fs.symlinkSync(path.join(projectRoot, "node_modules"), path.join(clone, "node_modules"));
  git(clone, "init", "-q", "-b", "main");
  git(clone, "add", "-A");
  git(clone, "commit", "-q", "--no-verify", "-m", "Start");
  return clone;
}

/** Runs git in a folder with a fixed identity, so that commits work on any machine. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=Registry Test", "-c", "user.email=test@example.org", ...args], {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}
