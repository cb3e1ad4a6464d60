/**
 * The change log of the real data says what changed. Commit cfd7964 gave CAST's citation of the
 * article its kind and status: the change documents, the changes feed and CAST's page must read
 * as a citation change, not as a source removed and the same source added.
 */
import { execFileSync } from "node:child_process";
import { parseRssFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project-paths.ts";
import { escapeHtml } from "../../scripts/text/escape-html.ts";
import { readTreeFile, realAtPrefix, useBuiltTrees } from "../publish/built-site.ts";

const built = useBuiltTrees([realAtPrefix]);

/** Whether the checkout holds the commit: a shallow clone has no history, and then no change is listed. */
function hasCommit(commit: string): boolean {
  try {
    execFileSync("git", ["cat-file", "-e", `${commit}^{commit}`], { cwd: projectRoot, stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const citationChange =
  /^Organization “China Association for Science and Technology” \(cast\) changed: cited “[^”]+” for kind and status\.$/;

describe("the change of cfd7964 to CAST", () => {
  it("reads as a citation change in CAST's history, the changes feed and CAST's page", () => {
    const tree = built.get(realAtPrefix);
    const history = JSON.parse(readTreeFile(tree, "api/v1/organizations/cast/history.json")) as {
      complete: boolean;
      changes: { commit: string; summary: string; fields: { pointer: string; summary: string }[] }[];
    };
    if (!hasCommit("cfd7964")) {
      // A shallow clone: the build dates every record alike and lists no change (README, "Dates").
      expect(history.changes).toEqual([]);
      return;
    }
    const change = history.changes.find((each) => each.commit.startsWith("cfd7964"))!;
    expect(change.summary).toMatch(citationChange);
    expect(change.fields.map((field) => field.pointer)).toEqual(["/sources/0/fields", "/sources/0/fields"]);
    const feed = parseRssFeed(readTreeFile(tree, "feeds/changes.xml"));
    expect(feed.items?.map((item) => item.title)).toContainEqual(change.summary);
    const page = readTreeFile(tree, "organizations/cast/index.html");
    expect(page).toContain(escapeHtml(change.summary));
  });
});
