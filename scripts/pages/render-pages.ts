import fs from "node:fs";
import path from "node:path";
import { RenderPlugin } from "@11ty/eleventy";
import {
  configureEleventy,
  pageViews,
  templateGlobals,
  type EleventyConfig,
  type PageSource,
} from "./eleventy-plugin.ts";
import type { PageJob, PageTemplate } from "./pages-index.ts";
import { siteDir, templateFiles } from "./template-files.ts";

type CompiledTemplate = (data: object) => Promise<string>;

/**
 * Renders pages with Eleventy, one at a time: each template is compiled once by Eleventy's
 * render API, then given each page's view. Unlike a paginated Eleventy build, nothing is kept per
 * page, so memory stays flat at any number of records, and a rebuild renders only the pages an
 * edit touches.
 */
export class PageRenderer {
  private readonly compiled = new Map<PageTemplate, Promise<CompiledTemplate>>();
  private readonly views;
  private readonly globals;

  constructor(private readonly source: PageSource) {
    this.views = pageViews(source);
    this.globals = templateGlobals(source);
  }

  async render(job: PageJob): Promise<string> {
    const render = await this.template(job.template);
    // The page's own key comes first: a literal that starts with a spread and then adds a key gets
    // a hidden class of its own in Node 20's V8, one more object per page for the collector.
    return render({ view: this.views[job.template](job.item), ...this.globals });
  }

  private template(template: PageTemplate): Promise<CompiledTemplate> {
    let compiled = this.compiled.get(template);
    if (!compiled) {
      const compile = (
        RenderPlugin as unknown as { File: (file: string, options: object) => Promise<CompiledTemplate> }
      ).File;
      compiled = compile(path.join(siteDir, templateFiles[template]), {
        config: (eleventyConfig: EleventyConfig) => configureEleventy(eleventyConfig, this.source),
      });
      this.compiled.set(template, compiled);
    }
    return compiled;
  }
}

/** The site's static files (the stylesheet and the search page's script), copied as they are. */
export function siteAssets(): { sitePath: string; bytes: Buffer }[] {
  const dir = path.join(siteDir, "assets");
  return fs
    .readdirSync(dir)
    .map((name) => ({ sitePath: `assets/${name}`, bytes: fs.readFileSync(path.join(dir, name)) }));
}
