import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { git, temporaryClone } from "../../scripts/bench/temporary-clone.ts";

/**
 * The pre-commit hook as `npm ci` installs it, in a temporary copy of the repository: it repairs
 * the layout of the record files a commit stages, and refuses a commit whose staged records
 * have errors, naming file, line and column.
 */
let clone: string;
const event = "data/events/cluster-unveiling-ceremony-2023.json";

beforeAll(() => {
  clone = temporaryClone("registry-hook-");
  execFileSync(path.join(clone, "node_modules/.bin/simple-git-hooks"), { cwd: clone, stdio: "ignore" });
});

afterAll(() => fs.rmSync(clone, { recursive: true, force: true }));

/** `git commit` with the hook, which is what a contributor runs. Git shows what a hook prints on stderr. */
function commit(message: string) {
  return spawnSync(
    "git",
    ["-c", "user.name=Registry Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", message],
    { cwd: clone, encoding: "utf8" },
  );
}

const read = (file: string) => fs.readFileSync(path.join(clone, file), "utf8");
const committed = (file: string) => git(clone, "show", `HEAD:${file}`);
const head = () => git(clone, "rev-parse", "HEAD").trim();

describe("the pre-commit hook", () => {
  it("restores the canonical layout of a staged record, and commits it", () => {
    const canonical = read(event);
    const record = JSON.parse(canonical) as { description?: Record<string, string> };
    // Four-space indentation, as an editor might write it.
    fs.writeFileSync(path.join(clone, event), JSON.stringify(record, null, 4));
    git(clone, "add", event);
    const result = commit("Reindent the ceremony");
    expect(result.stderr).toContain(`fixed ${event}  canonical layout`);
    expect(result.status).toBe(0);
    expect(committed(event)).toBe(canonical);
    expect(git(clone, "status", "--porcelain")).toBe("");
  });

  it("refuses a commit whose staged record has an error, naming where", () => {
    const before = head();
    fs.writeFileSync(path.join(clone, event), read(event).replace('"organization": "sast"', '"organization": "sast2"'));
    git(clone, "add", event);
    const result = commit("Break a reference");
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(
      `${event}:27:23  /participants/2/organization  no organization "sast2" (did you mean "sast"?)`,
    );
    expect(head()).toBe(before);
    git(clone, "checkout", "HEAD", "--", event);
  });

  it("checks the staged version of a file with unstaged changes, and does not rewrite it", () => {
    const before = head();
    const canonical = read(event);
    const reindented = JSON.stringify(JSON.parse(canonical), null, 4);
    fs.writeFileSync(path.join(clone, event), reindented);
    git(clone, "add", event);
    // A further edit, not staged, that would pass: the commit holds the staged version, which does not.
    fs.writeFileSync(path.join(clone, event), canonical.replace("Unveiling ceremony", "Opening ceremony"));
    const result = commit("Partly staged, staged part not canonical");
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`${event}: has unstaged changes, so its staged version was checked but not fixed`);
    expect(result.stderr).toContain(`${event}:2:3  (file)  not in the canonical layout`);
    expect(head()).toBe(before);
    expect(git(clone, "show", `:${event}`)).toBe(reindented);
    expect(read(event)).toContain("Opening ceremony");
  });

  it("lets a valid staged version through when only the unstaged changes are broken", () => {
    const edited = committed(event).replace("Unveiling ceremony", "Opening ceremony");
    fs.writeFileSync(path.join(clone, event), edited);
    git(clone, "add", event);
    fs.writeFileSync(path.join(clone, event), edited.replace('"organization": "sast"', '"organization": "sast2"'));
    const result = commit("Partly staged, staged part valid");
    expect(result.status).toBe(0);
    expect(committed(event)).toBe(edited);
    expect(read(event)).toContain('"organization": "sast2"');
    git(clone, "checkout", "HEAD", "--", event);
  });

  // An immutable file stands for any record the hook may not rewrite: even root may not write it.
  const immutable = (file: string, on: boolean) =>
    spawnSync("chattr", [on ? "+i" : "-i", path.join(clone, file)], { encoding: "utf8" });
  it("says in one line, without a stack, that a staged record it may not rewrite is left unchanged", (context) => {
    const before = head();
    fs.writeFileSync(path.join(clone, event), JSON.stringify(JSON.parse(read(event)), null, 4));
    git(clone, "add", event);
    const made = immutable(event, true);
    if (made.status !== 0) {
      console.warn(`skipped: chattr +i is refused here (${(made.stderr || String(made.error)).trim()})`);
      git(clone, "checkout", "HEAD", "--", event);
      context.skip();
    }
    try {
      const result = commit("Reindent a file that may not be written");
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(
        `error: ${event}: left unchanged, because you have no permission to write it (mode 0644)\n`,
      );
      expect(head()).toBe(before);
    } finally {
      immutable(event, false);
      git(clone, "reset", "-q", "--", event);
      git(clone, "checkout", "HEAD", "--", event);
    }
  });

  it("lets a commit without record files through untouched", () => {
    fs.writeFileSync(path.join(clone, "NOTES.md"), "notes\n");
    git(clone, "add", "NOTES.md");
    const result = commit("Notes");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});
