import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project-paths.ts";
import { listFiles, realAtPrefix, useBuiltTrees } from "./built-site.ts";

const built = useBuiltTrees([realAtPrefix]);

/**
 * The build renders each page through Eleventy's render API, one at a time; Eleventy's own
 * paginated build of the same templates (`.eleventy.js`) must give the very same pages.
 */
describe("the page templates", () => {
  it("render the same pages in Eleventy's own build as in npm run build", () => {
    const tree = built.get(realAtPrefix);
    const output = path.join(built.scratch, "eleventy-standalone");
    const run = spawnSync(
      process.execPath,
      [path.join(projectRoot, "node_modules/@11ty/eleventy/cmd.cjs"), `--output=${output}`, "--quiet"],
      {
        cwd: projectRoot,
        encoding: "utf8",
        env: { ...process.env, NODE_OPTIONS: "--import tsx", SITE_URL: realAtPrefix.siteUrl },
      },
    );
    expect(run.status, run.stderr).toBe(0);
    const pages = listFiles(output).filter((file) => file.endsWith(".html"));
    expect(pages).toEqual(listFiles(tree.dir).filter((file) => file.endsWith(".html")));
    for (const page of pages) {
      expect(fs.readFileSync(path.join(output, page), "utf8"), page).toBe(
        fs.readFileSync(path.join(tree.dir, page), "utf8"),
      );
    }
  });
});
