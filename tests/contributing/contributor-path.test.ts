import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseFeed } from "feedsmith";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { temporaryClone } from "../../scripts/bench/temporary-clone.ts";
import { projectRoot } from "../../scripts/project-paths.ts";

/**
 * A contributor's first pull request, end to end, in a temporary copy of the repository: the
 * worked example of CONTRIBUTING.md step by step (scaffold a source and an event, fill them in
 * with a typo, get the answer the guide shows), then the annotation CI would show, `npm run fix`
 * restoring an editor's layout, and the event on the built site.
 */
let clone: string;

beforeAll(() => {
  clone = temporaryClone("registry-contributor-");
});

afterAll(() => fs.rmSync(clone, { recursive: true, force: true }));

function run(script: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], {
    cwd: clone,
    encoding: "utf8",
    env: { ...process.env, GITHUB_ACTIONS: "", SITE_URL: "https://example.github.io/registry/", ...env },
  });
}

/** The worked example as CONTRIBUTING.md tells it, so that the guide cannot drift from what a newcomer sees. */
function workedExample() {
  const guide = fs.readFileSync(path.join(projectRoot, "CONTRIBUTING.md"), "utf8");
  const section = guide.slice(guide.indexOf("## A worked example"), guide.indexOf("## What the validator checks"));
  const commands = [...section.matchAll(/^npm run new -- (.+)$/gm)].map((match) => match[1]!.split(" "));
  const files = [...section.matchAll(/`(data\/[^`]+\.json)`:\n\n```json\n([\s\S]*?)```/g)].map((match) => ({
    file: match[1]!,
    text: match[2]!,
  }));
  const typo = /A typo such as `("organization": "[^"]+")`/.exec(section)?.[1];
  const answer = /answer:\n\n```\n([\s\S]*?)```/.exec(section)?.[1];
  return { commands, files, typo, answer };
}

describe("a contributor adding an event", () => {
  const example = workedExample();
  const event = example.files.find((entry) => entry.file.startsWith("data/events/"))!;
  const file = () => path.join(clone, event.file);

  it("finds in the guide the commands, the two files, the typo and the answer", () => {
    expect(example.commands).toHaveLength(2);
    expect(example.files.map((entry) => entry.file)).toEqual([
      "data/sources/example-news-2024-05-13-forum.json",
      "data/events/cluster-forum-2024.json",
    ]);
    expect(example.typo).toBe('"organization": "sast2"');
    expect(example.answer).toBeDefined();
  });

  it("scaffolds the source and the event", () => {
    for (const args of example.commands) {
      const result = run("new-record", args);
      expect(result.stdout).toContain("created data/");
      expect(result.status).toBe(0);
    }
  });

  it("fills them in as the guide shows, with its typo, and gets the answer the guide shows", () => {
    for (const entry of example.files) {
      const text = entry === event ? entry.text.replace('"organization": "sast"', example.typo!) : entry.text;
      fs.writeFileSync(path.join(clone, entry.file), text);
    }
    expect(fs.readFileSync(file(), "utf8")).toContain(example.typo);
    const result = run("validate", []);
    expect(result.stdout).toBe(example.answer);
    expect(result.status).toBe(1);
  });

  it("sees the same finding in the annotation CI shows", () => {
    const [, shown, line, column, pointer, message] = /^(\S+):(\d+):(\d+) {2}(\S+) {2}(.*)$/m.exec(example.answer!)!;
    const result = run("validate", [], { GITHUB_ACTIONS: "true" });
    expect(result.status).toBe(1);
    expect(result.stdout.split("\n")).toContain(
      `::error file=${shown},line=${line},col=${column},title=references-resolve::${pointer}  ${message}`,
    );
  });

  it("repairs the typo in an editor that indents by four spaces, lets `npm run fix` restore the layout, and validates clean", () => {
    const record = JSON.parse(fs.readFileSync(file(), "utf8").replace(example.typo!, '"organization": "sast"'));
    fs.writeFileSync(file(), JSON.stringify(record, null, 4));
    expect(run("validate", []).stdout).toContain("not in the canonical layout");
    const fix = run("fix", []);
    expect(fix.stdout).toContain("data/events/cluster-forum-2024.json  canonical layout");
    expect(fix.status).toBe(0);
    expect(fs.readFileSync(file(), "utf8")).toBe(event.text);
    const validate = run("validate", []);
    expect(validate.stdout).toBe("✔ 13 records valid\n");
    expect(validate.status).toBe(0);
  });

  it("finds the new event's page, JSON and feed item after the build", () => {
    const build = run("build", []);
    expect(build.status, build.stderr + build.stdout).toBe(0);
    const site = path.join(clone, "_site");
    const page = fs.readFileSync(path.join(site, "events/cluster-forum-2024/index.html"), "utf8");
    expect(page).toContain("<h1>Forum at the Lin-gang cluster, 2024</h1>");
    const json = JSON.parse(fs.readFileSync(path.join(site, "api/v1/events/cluster-forum-2024.json"), "utf8"));
    expect(json.related.participants[0].organization.id).toBe("sast");
    const feed = parseFeed(fs.readFileSync(path.join(site, "feeds/events.xml"), "utf8"));
    const items = (feed.feed as { items?: { title?: string; link?: string }[] }).items ?? [];
    expect(
      items.find((item) => item.link === "https://example.github.io/registry/events/cluster-forum-2024/")?.title,
    ).toBe("Forum at the Lin-gang cluster, 2024");
  });
});
