import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseFeed } from "feedsmith";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { temporaryClone } from "../../scripts/bench/temporary-clone.ts";

/**
 * A contributor's first pull request, end to end, in a temporary copy of the repository:
 * scaffold an event, fill it in (with a typo), read the annotation CI would show, repair it,
 * and find the event on the built site.
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

describe("a contributor adding an event", () => {
  const file = () => path.join(clone, "data/events/cluster-forum-2024.json");

  it("scaffolds the event", () => {
    const result = run("new-record", [
      "event",
      "cluster-forum-2024",
      "--source",
      "cast-2023-11-17-new-sci-tech-cluster",
    ]);
    expect(result.stdout).toContain("created data/events/cluster-forum-2024.json");
    expect(result.status).toBe(0);
  });

  it("fills it in by hand, with a typo in a reference, and sees the annotation CI shows", () => {
    const record = JSON.parse(fs.readFileSync(file(), "utf8")) as Record<string, unknown>;
    Object.assign(record, {
      title: { en: "Forum of the cluster, 2024" },
      kind: "forum",
      status: "completed",
      start: "2024-05-12",
      location: { city: { en: "Shanghai" }, country: "CN" },
      participants: [{ organization: "sast2", role: "host" }],
      description: { en: "A forum of the cluster's member organizations." },
    });
    // Four-space indentation, as an editor might write it.
    fs.writeFileSync(file(), JSON.stringify(record, null, 4));
    const result = run("validate", [], { GITHUB_ACTIONS: "true" });
    expect(result.status).toBe(1);
    expect(result.stdout.split("\n")).toContain(
      '::error file=data/events/cluster-forum-2024.json,line=24,col=29,title=references-resolve::/participants/0/organization  no organization "sast2" (did you mean "sast"?)',
    );
    expect(result.stdout).toContain("title=canonical-format::not in the canonical layout");
  });

  it("repairs the typo, lets `npm run fix` restore the layout, and validates clean", () => {
    fs.writeFileSync(file(), fs.readFileSync(file(), "utf8").replace('"sast2"', '"sast"'));
    const fix = run("fix", []);
    expect(fix.stdout).toContain("data/events/cluster-forum-2024.json  canonical layout");
    expect(fix.status).toBe(0);
    const validate = run("validate", []);
    expect(validate.stdout).toBe("✔ 12 records valid\n");
    expect(validate.status).toBe(0);
  });

  it("finds the new event's page, JSON and feed item after the build", () => {
    const build = run("build", []);
    expect(build.status, build.stderr + build.stdout).toBe(0);
    const site = path.join(clone, "_site");
    const page = fs.readFileSync(path.join(site, "events/cluster-forum-2024/index.html"), "utf8");
    expect(page).toContain("<h1>Forum of the cluster, 2024</h1>");
    const json = JSON.parse(fs.readFileSync(path.join(site, "api/v1/events/cluster-forum-2024.json"), "utf8"));
    expect(json.related.participants[0].organization.id).toBe("sast");
    const feed = parseFeed(fs.readFileSync(path.join(site, "feeds/events.xml"), "utf8"));
    const items = (feed.feed as { items?: { title?: string; link?: string }[] }).items ?? [];
    expect(
      items.find((item) => item.link === "https://example.github.io/registry/events/cluster-forum-2024/")?.title,
    ).toBe("Forum of the cluster, 2024");
  });
});
