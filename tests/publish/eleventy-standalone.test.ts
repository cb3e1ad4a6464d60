/**
 * Eleventy is a real way in: `npx @11ty/eleventy`, with no environment but the site's address,
 * writes the complete site (pages, API, feeds, calendars, schemas, search index, sitemap,
 * manifest) from the same output plan as `npm run build`, byte for byte; and a page template
 * dropped into the templates folder is published by both, with nothing registered elsewhere.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project-paths.ts";
import { readSiteConfig } from "../../scripts/paths/site-config.ts";
import { buildSite } from "../../scripts/writer/site-builder.ts";
import { listFiles, realAtPrefix, realData, useBuiltTrees } from "./built-site.ts";

const built = useBuiltTrees([realAtPrefix]);

/** Runs Eleventy's own command line, as `npx @11ty/eleventy` does, in the project. */
function eleventy(args: string[]) {
  const environment: NodeJS.ProcessEnv = { ...process.env, SITE_URL: realAtPrefix.siteUrl };
  delete environment.NODE_OPTIONS;
  delete environment.REGISTRY_DATA_DIR;
  return spawnSync(
    process.execPath,
    [path.join(projectRoot, "node_modules/@11ty/eleventy/cmd.cjs"), "--quiet", ...args],
    {
      cwd: projectRoot,
      encoding: "utf8",
      env: environment,
    },
  );
}

/** The differences between two trees: files only in one, and files whose bytes differ. */
function treeDifferences(expected: string, actual: string): string[] {
  const expectedFiles = listFiles(expected);
  const actualFiles = listFiles(actual);
  const differences = [
    ...expectedFiles.filter((file) => !actualFiles.includes(file)).map((file) => `missing ${file}`),
    ...actualFiles.filter((file) => !expectedFiles.includes(file)).map((file) => `extra ${file}`),
  ];
  for (const file of expectedFiles.filter((file) => actualFiles.includes(file))) {
    if (!fs.readFileSync(path.join(expected, file)).equals(fs.readFileSync(path.join(actual, file))))
      differences.push(`differs ${file}`);
  }
  return differences;
}

describe("npx @11ty/eleventy", () => {
  it("writes the complete site, byte-identical to npm run build", () => {
    const tree = built.get(realAtPrefix);
    const output = path.join(built.scratch, "eleventy");
    const run = eleventy([`--output=${output}`]);
    expect(run.status, run.stderr).toBe(0);
    // Everything, not only pages: the API, feeds, calendars, search index and manifest too.
    for (const file of ["index.html", "api/v1/all.json", "feeds/events.xml", "calendar/events.ics", "sitemap.xml"])
      expect(fs.existsSync(path.join(output, file)), file).toBe(true);
    expect(listFiles(output).some((file) => file.startsWith("pagefind/"))).toBe(true);
    expect(treeDifferences(tree.dir, output)).toEqual([]);
  });

  describe("with a new page template in the templates folder", () => {
    // A copy of site/ beside it, so that its templates' relative imports still resolve (not a dot folder, nor
    // one git ignores: Eleventy leaves both out).
    const templates = fs.mkdtempSync(path.join(projectRoot, "test-site-"));
    afterAll(() => fs.rmSync(templates, { recursive: true, force: true }));
    fs.cpSync(path.join(projectRoot, "site"), templates, { recursive: true });
    fs.writeFileSync(
      path.join(templates, "credits.11ty.ts"),
      `import { html } from "./_includes/html.ts";

export default class {
  data() {
    return { permalink: "credits/" };
  }

  render(): string {
    return html\`<!doctype html>\\n<title>Credits</title>\\n\`.html;
  }
}
`,
    );

    it("publishes it in both builds, the same, and lists it in the manifest", async () => {
      const fromBuild = path.join(built.scratch, "build-with-credits");
      const result = await buildSite({
        dataDir: realData,
        outDir: fromBuild,
        site: readSiteConfig(realAtPrefix.siteUrl),
        templatesDir: templates,
      });
      expect(result.ok).toBe(true);
      const fromEleventy = path.join(built.scratch, "eleventy-with-credits");
      const run = eleventy([`--input=${templates}`, `--output=${fromEleventy}`]);
      expect(run.status, run.stderr).toBe(0);
      for (const tree of [fromBuild, fromEleventy]) {
        expect(fs.readFileSync(path.join(tree, "credits/index.html"), "utf8")).toBe(
          "<!doctype html>\n<title>Credits</title>\n",
        );
        const manifest = JSON.parse(fs.readFileSync(path.join(tree, "api/v1/manifest.json"), "utf8")) as {
          files: { path: string }[];
        };
        expect(manifest.files.map((file) => file.path)).toContain("credits/index.html");
      }
      expect(treeDifferences(fromBuild, fromEleventy)).toEqual([]);
    });
  });
});
