import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { builtFiles } from "./built-files.ts";

/** What one page may cost a reader, gzip-compressed: its HTML, the stylesheet and its own scripts. */
export const pageBudgetBytes = 15 * 1024;

export interface PageWeight {
  /** The page's file below the site root, such as `zh/events/index.html`. */
  file: string;
  /** Which kind of page it is: `home`, `events/`, `organizations detail`, … */
  template: string;
  /** HTML, stylesheet and the site's own scripts the page loads, gzip-compressed. */
  bytes: number;
}

export interface SiteWeight {
  stylesheet: number;
  pages: PageWeight[];
  /**
   * Pagefind's interface, program and the first part of its index, for each language, gzip: only
   * the search page loads them, and they are the search engine rather than the page, so they are
   * reported beside the budget rather than counted in it.
   */
  searchBundles: { bundle: string; bytes: number }[];
  problems: string[];
}

const gzipped = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/** Which kind of page a file is, for the per-template table. */
function templateOf(file: string): string {
  const clean = file.replace(/^zh\//, "");
  const match = /^(organizations|events|sources)\/[^/]+\/index\.html$/.exec(clean);
  return match ? `${match[1]} detail` : clean.replace(/index\.html$/, "") || "home";
}

/**
 * The files a search bundle's first search fetches: the interface, the program, the index's entry
 * and metadata, and the WebAssembly of its language (the generic one where there is none).
 */
function searchBundleFiles(files: string[]): string[] {
  const wasm = files.filter((file) => /^wasm\.[\w-]+\.pagefind$/.test(file));
  const ownWasm = wasm.filter((file) => file !== "wasm.unknown.pagefind");
  return [
    ...files.filter((file) => /^pagefind-(ui\.(js|css)|entry\.json)$|^pagefind\.js$|\.pf_meta$/.test(file)),
    ...(ownWasm.length ? ownWasm : wasm),
  ];
}

/**
 * Weighs every page of a built site, and finds what would slow its first paint: a script that
 * blocks rendering, a second stylesheet (but on the search page, which has Pagefind's), an image
 * without a size. A page over the budget is a problem too.
 */
export function weighSite(root: string, pathPrefix = "/"): SiteWeight {
  const stylesheet = gzipped(fs.readFileSync(path.join(root, "assets/site.css")));
  const files = builtFiles(root);
  const ownScript = new Map<string, number>();
  const scriptCost = (src: string) => {
    const file = src.startsWith(pathPrefix) ? src.slice(pathPrefix.length) : src;
    if (!file.startsWith("assets/")) return 0;
    let bytes = ownScript.get(file);
    if (bytes === undefined) ownScript.set(file, (bytes = gzipped(fs.readFileSync(path.join(root, file)))));
    return bytes;
  };
  const pages: PageWeight[] = [];
  const problems: string[] = [];
  for (const file of files.filter((name) => name.endsWith(".html"))) {
    const html = fs.readFileSync(path.join(root, file));
    const text = html.toString("utf8");
    const head = text.slice(0, text.indexOf("</head>"));
    const scripts = [...text.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]!);
    const bytes = gzipped(html) + stylesheet + scripts.reduce((sum, src) => sum + scriptCost(src), 0);
    pages.push({ file, template: templateOf(file), bytes });
    const blockingScripts = [
      ...head.matchAll(/<script(?![^>]*type="application\/ld\+json")(?![^>]*\b(?:defer|async)\b)[^>]*>/g),
    ];
    const stylesheets = [...head.matchAll(/<link rel="stylesheet"/g)];
    const unsizedImages = [...text.matchAll(/<img(?![^>]*\bwidth=)(?![^>]*\bheight=)[^>]*>/g)];
    if (bytes > pageBudgetBytes)
      problems.push(`${file}: ${bytes} bytes compressed, over the ${pageBudgetBytes} budget`);
    if (blockingScripts.length) problems.push(`${file}: ${blockingScripts.length} render-blocking script(s)`);
    const allowedStylesheets = file.includes("search/") ? 2 : 1;
    if (stylesheets.length > allowedStylesheets) problems.push(`${file}: ${stylesheets.length} stylesheets`);
    if (unsizedImages.length) problems.push(`${file}: ${unsizedImages.length} image(s) without width and height`);
  }
  const bundles = [
    ...new Set(files.filter((file) => file.startsWith("pagefind/")).map((file) => path.posix.dirname(file))),
  ];
  const searchBundles = bundles
    .map((bundle) => {
      const inBundle = files
        .filter((file) => path.posix.dirname(file) === bundle)
        .map((file) => path.posix.basename(file));
      const first = searchBundleFiles(inBundle);
      return {
        bundle: `${bundle}/`,
        bytes: first.reduce((sum, name) => sum + gzipped(fs.readFileSync(path.join(root, bundle, name))), 0),
      };
    })
    .filter((bundle) => bundle.bytes > 0);
  return { stylesheet, pages, searchBundles, problems };
}
