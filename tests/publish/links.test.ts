/**
 * No link on the site is broken: the pages' links as linkinator follows them, and the absolute
 * links to the site itself in JSON, CSV, feeds, calendars and page metadata, which it does not.
 */
import fs from "node:fs";
import path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { parseRssFeed } from "feedsmith";
import { LinkChecker, LinkState } from "linkinator";
import * as parse5 from "parse5";
import { describe, expect, it } from "vitest";
import {
  feedsAtPrefix,
  freePort,
  listFiles,
  readTreeFile,
  standardTrees,
  stringsIn,
  useBuiltTrees,
  type BuiltTree,
} from "./built-site.ts";

// The feeds fixture adds renamed records, whose feeds and calendars answer at their former ids too.
const trees = [...standardTrees, feedsAtPrefix];
const built = useBuiltTrees(trees);
const cases = trees.map((spec) => [spec.name, spec] as const);

/** A found URL and the file it was found in. */
interface Found {
  file: string;
  url: string;
}

/** URLs written out in a piece of text, without the punctuation that may follow them. */
function urlsIn(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s<>"'`]+/g)].map(([url]) => url.replace(/[.,;:)]+$/, ""));
}

/**
 * The URLs of an HTML page: in attributes (href, src, but also aria-label and the like), in
 * JSON-LD strings, and written out in the text, such as the examples on the API page, which
 * readers copy.
 */
function htmlUrls(html: string): string[] {
  const urls: string[] = [];
  const walk = (node: unknown) => {
    const element = node as {
      nodeName: string;
      attrs?: { name: string; value: string }[];
      childNodes?: unknown[];
      value?: string;
    };
    if (element.nodeName === "#text") urls.push(...urlsIn(element.value ?? ""));
    for (const attribute of element.attrs ?? []) urls.push(...urlsIn(attribute.value));
    // A script is either a file of the site (its src is checked like any link) or JSON-LD.
    if (element.nodeName === "script" && element.attrs?.some((attribute) => attribute.name === "src")) return;
    if (element.nodeName === "script") {
      expect(element.attrs).toContainEqual({ name: "type", value: "application/ld+json" });
      const text = (element.childNodes ?? []).map((child) => (child as { value?: string }).value ?? "").join("");
      urls.push(...stringsIn(JSON.parse(text)));
      return;
    }
    for (const child of element.childNodes ?? []) walk(child);
  };
  walk(parse5.parse(html));
  return urls;
}

/** Unfolded content lines of an iCalendar file. */
function icsLines(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, "").split("\r\n");
}

/** Every absolute URL on the site's base URL, from every kind of file linkinator does not read. */
function selfLinks(tree: BuiltTree): { found: Found[]; missedInRaw: string[] } {
  const found: Found[] = [];
  const missedInRaw: string[] = [];
  const add = (file: string, values: readonly (string | undefined)[]) => {
    for (const url of values) if (url?.startsWith(tree.baseUrl)) found.push({ file, url });
  };
  /** Every occurrence of the base URL in the raw text must have come out of the structured read. */
  const accountFor = (file: string, text: string, before: number) => {
    const inRaw = text.split(tree.baseUrl).length - 1;
    if (found.length - before !== inRaw) missedInRaw.push(`${file}: ${found.length - before} of ${inRaw} read`);
  };
  for (const file of listFiles(tree.dir)) {
    const text = readTreeFile(tree, file);
    const before = found.length;
    if (file.endsWith(".json")) {
      add(file, stringsIn(JSON.parse(text)));
    } else if (file.endsWith(".ndjson")) {
      for (const line of text.split("\n").filter(Boolean)) add(file, stringsIn(JSON.parse(line)));
    } else if (file.endsWith(".csv")) {
      add(file, (parseCsv(text) as string[][]).flat());
    } else if (file.endsWith(".xml") && !file.startsWith("feeds/")) {
      // Sitemaps: every <loc>.
      add(
        file,
        [...text.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]!.replace(/&amp;/g, "&")),
      );
    } else if (file.endsWith(".xml")) {
      const feed = parseRssFeed(text);
      add(file, [feed.link, ...(feed.atom?.links ?? []).map((link) => link.href)]);
      for (const item of feed.items ?? []) {
        add(file, [item.link, item.guid?.value, ...(item.enclosures ?? []).map((enclosure) => enclosure.url)]);
      }
    } else if (file.endsWith(".ics")) {
      add(
        file,
        icsLines(text)
          .filter((line) => /^URL[;:]/i.test(line))
          .map((line) => line.slice(line.indexOf(":") + 1)),
      );
    } else if (file.endsWith(".html")) {
      add(file, htmlUrls(text));
    } else {
      continue;
    }
    accountFor(file, text, before);
  }
  return { found, missedInRaw };
}

/** The file a URL on the site stands for (`x/` is `x/index.html`), or undefined for a template such as `{id}`. */
function fileOf(tree: BuiltTree, url: string): string | undefined {
  const sitePath = decodeURIComponent(url.slice(tree.baseUrl.length).replace(/[?#].*$/s, ""));
  if (/\{[a-z]+\}/i.test(sitePath)) return undefined;
  return sitePath === "" || sitePath.endsWith("/") ? `${sitePath}index.html` : sitePath;
}

describe("links", () => {
  it.each(cases)("%s: linkinator finds no broken link between the pages", async (_, spec) => {
    const tree = built.get(spec);
    // Serve the tree under its path prefix, so that root-relative links such as /registry/x/ resolve.
    const prefix = new URL(tree.baseUrl).pathname.replace(/^\//, "");
    const serverRoot = path.join(built.scratch, `serve-${spec.name.replace(/\W/g, "-")}`);
    fs.cpSync(tree.dir, path.join(serverRoot, prefix), { recursive: true });
    // Every page is a starting point, so that a page nothing links to (404.html) is checked too.
    const pages = listFiles(tree.dir)
      .filter((file) => file.endsWith(".html"))
      .map((file) => `${prefix}${file.replace(/(^|\/)index\.html$/, "$1")}`);
    const port = await freePort();
    const origin = `http://localhost:${port}/`;
    const result = await new LinkChecker().check({
      path: pages,
      serverRoot,
      port,
      recurse: true,
      checkFragments: true,
      // Absolute links to other hosts (and to the site's own public address) are not this check's business.
      linksToSkip: async (link) => !link.startsWith(origin),
    });
    const broken = result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.status ?? "-"} ${link.url} (on ${link.parent ?? "start"})`);
    expect(broken).toEqual([]);
    const checked = result.links.filter((link) => link.state === LinkState.OK);
    expect(checked.length).toBeGreaterThan(pages.length);
    expect(result.passed).toBe(true);
  });

  it.each(cases)(
    "%s: every absolute URL on the site in JSON, CSV, feeds, calendars and page metadata names a file of the tree",
    (_, spec) => {
      const tree = built.get(spec);
      const { found, missedInRaw } = selfLinks(tree);
      expect(missedInRaw, "base URLs that the structured read did not reach").toEqual([]);
      const missing = found
        .filter(({ url }) => {
          const file = fileOf(tree, url);
          return file !== undefined && !fs.statSync(path.join(tree.dir, file), { throwIfNoEntry: false })?.isFile();
        })
        .map(({ file, url }) => `${file}: ${url}`);
      expect([...new Set(missing)]).toEqual([]);
      // Each kind of file that carries links was read (NDJSON dump items hold none).
      for (const extension of [".json", ".csv", ".xml", ".ics", ".html"]) {
        expect(
          found.some(({ file }) => file.endsWith(extension)),
          `no URL found in any ${extension} file`,
        ).toBe(true);
      }
    },
  );
});
