import fs from "node:fs";
import path from "node:path";
import { pagesIndex } from "../pages/pages-index.ts";
import { renderPages, siteAssets } from "../pages/render-pages.ts";
import { publishedLocales } from "../pages/page-source.ts";
import type { SiteConfig } from "../site-config.ts";
import type { Finding } from "../validation/finding.ts";
import { writeApi } from "./api/write-api.ts";
import { checkOutput } from "./checks/check-output.ts";
import { writeFeeds } from "./feeds/write-feeds.ts";
import { OutputTree } from "./output-tree.ts";
import { prepareCatalog } from "./prepare-catalog.ts";
import { swapIntoPlace } from "./swap-into-place.ts";
import { manifestDocument } from "./api/manifest.ts";
import { robotsText, sitemapFiles } from "./sitemap.ts";
import { sitePaths } from "./site-paths.ts";
import { buildSearchIndex } from "./search-index.ts";

export interface BuildOptions {
  dataDir: string;
  outDir: string;
  site: SiteConfig;
  log?: (line: string) => void;
}

export type BuildResult =
  | { ok: true; files: number; bytes: number; notes: string[]; warnings: Finding[] }
  | { ok: false; reason: "invalid-data"; findings: Finding[] }
  | { ok: false; reason: "output-check"; problems: string[] };

/**
 * Validates the data, builds the catalog, writes the API, feeds and pages into a fresh
 * folder, checks that output, and only then swaps it into `outDir`. Any failure leaves
 * the previous `outDir` as it was.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const prepared = prepareCatalog(options.dataDir);
  if (!prepared.catalog) return { ok: false, reason: "invalid-data", findings: prepared.findings };
  const catalog = prepared.catalog;
  const staging = createStagingFolder(options.outDir);
  try {
    const output = new OutputTree(staging);
    const problems: string[] = [];
    // Pagefind indexes in its own process: started first, it works while this one writes the rest.
    const searchIndex = buildSearchIndex(options.site, catalog, publishedLocales);
    writeApi(options.site, catalog, output, (document) => problems.push(...checkOutput.responseSchema(document)));
    writeFeeds(options.site, catalog, output);
    const pages = pagesIndex(options.site, catalog, publishedLocales);
    await renderPages({ site: options.site, catalog, locales: publishedLocales, pages }, (sitePath, html) =>
      output.write(sitePath, html),
    );
    for (const asset of siteAssets()) output.write(asset.sitePath, asset.bytes);
    for (const file of await searchIndex) output.write(file.sitePath, file.bytes);
    for (const sitemap of sitemapFiles(options.site, catalog, publishedLocales))
      output.write(sitemap.sitePath, sitemap.text);
    output.write(sitePaths.robots, robotsText(options.site));
    // The manifest comes last: it lists every other file with its hash.
    const manifest = manifestDocument(options.site, catalog, output.files);
    problems.push(
      ...checkOutput.responseSchema({ sitePath: sitePaths.apiManifest, schema: "manifest", document: manifest }),
    );
    output.write(sitePaths.apiManifest, `${JSON.stringify(manifest)}\n`);
    problems.push(...checkOutput.tree(output));
    if (problems.length) {
      fs.rmSync(staging, { recursive: true, force: true });
      return { ok: false, reason: "output-check", problems };
    }
    swapIntoPlace(staging, options.outDir);
    let bytes = 0;
    for (const file of output.files.values()) bytes += file.size;
    return { ok: true, files: output.files.size, bytes, notes: prepared.notes, warnings: prepared.findings };
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

/** A new, empty folder beside the output folder, so that the final swap is a rename. */
function createStagingFolder(outDir: string): string {
  const parent = path.dirname(path.resolve(outDir));
  fs.mkdirSync(parent, { recursive: true });
  // Folders left by an interrupted build are removed first; they never hold the published site.
  const prefix = `.${path.basename(outDir)}.staging-`;
  for (const name of fs.readdirSync(parent)) {
    if (name.startsWith(prefix)) fs.rmSync(path.join(parent, name), { recursive: true, force: true });
  }
  return fs.mkdtempSync(path.join(parent, prefix));
}
