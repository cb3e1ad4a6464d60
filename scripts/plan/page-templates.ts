import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { projectRoot } from "../project-paths.ts";

/** The folder of the page templates, as Eleventy's input folder. */
export const siteDir = path.join(projectRoot, "site");

/** The extension of a page template: JavaScript templates written in TypeScript, as Eleventy names them. */
export const templateExtension = ".11ty.ts";

/** What a template says of itself (Eleventy's `data()`): how many pages it makes, and where. */
interface TemplateData {
  pagination?: { data?: string; size?: number; alias?: string };
  permalink?: string | false | ((data: Record<string, unknown>) => string | false);
}

/**
 * One page template of `site/`, loaded as Eleventy loads a JavaScript template: a class (or
 * object) with `data()` and `render(data)`. It makes either one page per item of a list of pages
 * (`pagination: { data: "pages.<name>", size: 1 }`), or one page at its `permalink`.
 */
export interface PageTemplate {
  /** Its file, relative to the templates folder, for messages. */
  file: string;
  /** The list of pages it makes one page per item of (`pages.<name>`), if any, and what it calls the item. */
  pagination?: { name: string; alias: string };
  /** The file a page is written to, given the data it is rendered with; false for none. */
  permalink(data: Record<string, unknown>): string | false;
  render(data: Record<string, unknown>): string | Promise<string>;
}

/** Every `*.11ty.ts` file below the folder, in code-point order; `_includes/` holds no templates. */
export function templateFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => file.endsWith(templateExtension) && !file.startsWith("_includes/"))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Loads every template of the folder. A template the build cannot use is a mistake in `site/`: it throws, naming it. */
export async function loadPageTemplates(dir = siteDir): Promise<PageTemplate[]> {
  return Promise.all(templateFiles(dir).map((file) => loadPageTemplate(dir, file)));
}

async function loadPageTemplate(dir: string, file: string): Promise<PageTemplate> {
  const module = (await import(pathToFileURL(path.join(dir, file)).href)) as {
    default?: unknown;
    data?: unknown;
    render?: unknown;
  };
  const exported = module.default as
    (new () => { data?: unknown; render?: unknown }) | { data?: unknown; render?: unknown } | undefined;
  const instance =
    typeof exported === "function" ? new exported() : (exported ?? { data: module.data, render: module.render });
  if (typeof instance.render !== "function") throw new Error(`site/${file}: the template has no render()`);
  const render = instance.render.bind(instance) as PageTemplate["render"];
  const data = (typeof instance.data === "function" ? await instance.data() : (instance.data ?? {})) as TemplateData;
  const permalink = (values: Record<string, unknown>) => {
    const link = typeof data.permalink === "function" ? data.permalink(values) : data.permalink;
    if (link === undefined) throw new Error(`site/${file}: the template has no permalink`);
    return link === false ? false : outputPath(link);
  };
  const list = data.pagination?.data;
  if (list === undefined) return { file, permalink, render };
  const name = /^pages\.(\w+)$/.exec(list)?.[1];
  if (!name || (data.pagination?.size ?? 1) !== 1)
    throw new Error(`site/${file}: a template makes one page per item of "pages.<name>" (size 1), not of "${list}"`);
  return { file, pagination: { name, alias: data.pagination?.alias ?? "pagination" }, permalink, render };
}

/** The file Eleventy writes for a permalink: `about/` is `about/index.html`, and no path starts with `/`. */
function outputPath(permalink: string): string {
  const relative = permalink.replace(/^\/+/, "");
  return relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative;
}
