import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { recordChanges, summaryMarkdown, type RecordChange } from "./change-summary.ts";
import { projectRoot } from "./project-paths.ts";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "registry-change-summary-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function git(repo: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=Curator", "-c", "user.email=curator@example.org", ...args], {
    cwd: repo,
    encoding: "utf8",
  }).trim();
}

function put(repo: string, file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  fs.writeFileSync(path.join(repo, file), text);
}

describe("recordChanges", () => {
  it("names each record file a change adds, changes, renames or removes, and nothing else", () => {
    const repo = path.join(scratch, "repository");
    fs.mkdirSync(repo);
    git(repo, "init", "-q", "-b", "main");
    put(repo, "data/organizations/alpha.json", '{\n  "id": "alpha"\n}\n');
    put(repo, "data/events/forum.json", '{\n  "id": "forum",\n  "title": "Forum"\n}\n');
    put(
      repo,
      "data/sources/notice.json",
      '{\n  "id": "notice",\n  "url": "https://example.org/a-long-enough-address"\n}\n',
    );
    put(repo, "docs/notes.md", "notes\n");
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "--no-verify", "-m", "base");
    const base = git(repo, "rev-parse", "HEAD");

    put(repo, "data/organizations/beta.json", '{\n  "id": "beta"\n}\n');
    fs.rmSync(path.join(repo, "data/organizations/alpha.json"));
    put(repo, "data/events/forum.json", '{\n  "id": "forum",\n  "title": "Forum, second day"\n}\n');
    git(repo, "mv", "data/sources/notice.json", "data/sources/notice-2023.json");
    put(repo, "docs/notes.md", "more notes\n");
    put(repo, "data/README.md", "about the data\n");
    put(repo, "data/venues/hall.json", "{}\n");
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "--no-verify", "-m", "change");

    const changes = recordChanges(base, "HEAD", repo);
    expect(changes).toHaveLength(4);
    // Each in the words of the changes feed, from the two versions of the file.
    expect(changes).toEqual(
      expect.arrayContaining([
        {
          change: "added",
          collection: "organizations",
          id: "beta",
          summary: "Organization “beta” (beta) was added.",
        },
        {
          change: "removed",
          collection: "organizations",
          id: "alpha",
          summary: "Organization “alpha” (alpha) was removed.",
        },
        {
          change: "changed",
          collection: "events",
          id: "forum",
          summary: "Event “Forum, second day” (forum) changed: title: “Forum” → “Forum, second day”.",
        },
        {
          change: "renamed",
          collection: "sources",
          id: "notice-2023",
          from: "notice",
          summary: "Source “notice-2023” was renamed from notice to notice-2023.",
        },
      ]),
    );
  });

  it("throws for a base the checkout does not have, which the command reports in its summary", () => {
    expect(() => recordChanges("0123456789abcdef0123456789abcdef01234567", "HEAD", projectRoot)).toThrow();
  });
});

describe("summaryMarkdown", () => {
  const change = (kind: RecordChange["change"], id: string): RecordChange => ({
    change: kind,
    collection: "events",
    id,
  });

  it("counts each kind of change per collection, leaving out kinds with none, and lists each change", () => {
    const markdown = summaryMarkdown(
      [
        { change: "added", collection: "organizations", id: "beta" },
        {
          ...change("changed", "forum"),
          summary: "Event “Forum” (forum) changed: title: “Forum” → “Forum, second day”.",
        },
        { change: "renamed", collection: "sources", id: "notice-2023", from: "notice" },
      ],
      [],
      0,
    );
    expect(markdown).toBe(
      [
        "### Records",
        "",
        "| | organizations | events | sources |",
        "| --- | ---: | ---: | ---: |",
        "| added | 1 | 0 | 0 |",
        "| changed | 0 | 1 | 0 |",
        "| renamed | 0 | 0 | 1 |",
        "",
        "- added: `organizations/beta`",
        "- changed: `events/forum` — Event “Forum” (forum) changed: title: “Forum” → “Forum, second day”.",
        "- renamed: `sources/notice-2023` (was `notice`)",
        "",
        "### Validation",
        "",
        "✔ No errors or warnings.",
        "",
      ].join("\n"),
    );
  });

  it("lists at most 50 changes and says how many more there are", () => {
    const changes = Array.from({ length: 53 }, (_, index) => change("added", `event-${index}`));
    const lines = summaryMarkdown(changes, [], 0).split("\n");
    expect(lines.filter((line) => line.startsWith("- added:"))).toHaveLength(50);
    expect(lines).toContain("- … and 3 more");
    expect(lines).toContain("| added | 0 | 53 | 0 |");
  });

  it("says when no record file changed, and counts errors and warnings", () => {
    const markdown = summaryMarkdown([], ["data/events/forum.json:3:12  /title  looks like a placeholder"], 2);
    expect(markdown).toContain("### Records\n\nNo record files changed.\n");
    expect(markdown).toContain("✖ 2 errors: see the annotations on the changed files.\n");
    expect(markdown).toContain(
      "⚠ 1 warning:\n\n```\ndata/events/forum.json:3:12  /title  looks like a placeholder\n```\n",
    );
  });

  it("keeps a warning that quotes backticks inside its code block", () => {
    const warning = 'data/events/forum.json:3:12  /title  "```" looks like a placeholder';
    const markdown = summaryMarkdown([], [warning], 0);
    expect(markdown).toContain(`\n\`\`\`\`\n${warning}\n\`\`\`\`\n`);
  });
});

describe("npm run change-summary", () => {
  const summarise = (base: string) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/change-summary.ts", "--base", base], {
      cwd: projectRoot,
      encoding: "utf8",
    });

  it("counts every record as added on a branch's first push (a base of zeros)", () => {
    const result = summarise("0000000000000000000000000000000000000000");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const count = (collection: string) => fs.readdirSync(path.join(projectRoot, "data", collection)).length;
    expect(result.stdout).toContain(
      `| added | ${count("organizations")} | ${count("events")} | ${count("sources")} |\n`,
    );
  });

  it("says so, and lists no change, when the base is not in the checkout", () => {
    const result = summarise("0123456789abcdef0123456789abcdef01234567");
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(
      /^The base revision 0123456789abcdef0123456789abcdef01234567 is not in this checkout, so changes are not listed\.\n\n### Records\n\nNo record files changed\.\n/,
    );
  });
});
