import fs from "node:fs";
import path from "node:path";
import { RenderPlugin } from "@11ty/eleventy";
import {
  configureEleventy,
  pageViews,
  siteDir,
  templateFiles,
  templateGlobals,
  type EleventyConfig,
  type PageSource,
} from "./eleventy-plugin.ts";
import type { PageTemplate } from "./pages-index.ts";

type CompiledTemplate = (data: object) => Promise<string>;

/**
 * Renders every page with Eleventy, one page at a time: each template is compiled once by
 * Eleventy's render API, then given each page's view and written at once. Unlike a paginated
 * Eleventy build, nothing is kept per page, so memory stays flat at any number of records.
 */
export async function renderPages(
  source: PageSource,
  write: (sitePath: string, html: string) => void,
): Promise<number> {
  const views = pageViews(source);
  const globals = templateGlobals(source);
  let pages = 0;
  for (const template of Object.keys(templateFiles) as PageTemplate[]) {
    const items = source.pages[template];
    if (!items.length) continue;
    const render = await compileTemplate(template, source);
    for (const item of items) {
      write(item.permalink, await render({ ...globals, view: views[template](item) }));
      pages++;
    }
  }
  return pages;
}

async function compileTemplate(template: PageTemplate, source: PageSource): Promise<CompiledTemplate> {
  const compile = (RenderPlugin as unknown as { File: (file: string, options: object) => Promise<CompiledTemplate> })
    .File;
  return compile(path.join(siteDir, templateFiles[template]), {
    config: (eleventyConfig: EleventyConfig) => configureEleventy(eleventyConfig, source),
  });
}

/** The site's static files (the stylesheet), copied as they are. */
export function siteAssets(): { sitePath: string; bytes: Buffer }[] {
  const dir = path.join(siteDir, "assets");
  return fs
    .readdirSync(dir)
    .map((name) => ({ sitePath: `assets/${name}`, bytes: fs.readFileSync(path.join(dir, name)) }));
}
