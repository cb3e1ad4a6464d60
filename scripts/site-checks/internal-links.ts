import fs from "node:fs";
import path from "node:path";
import type { SiteConfig } from "../paths/site-config.ts";
import type { CheckerResult } from "./nu-html-checker.ts";

/** Links in pages (href, src) and every URL string in JSON, feeds and calendars. */
const htmlLink = /\s(?:href|src)="([^"]*)"/g;
const anyUrl = /https?:\/\/[^\s"'<>\\,]+/g;

/**
 * Every link that points into the site resolves to a file of the built tree: root-relative
 * links under the path prefix, and absolute URLs under the base URL, in pages, JSON, feeds and
 * calendars. URL templates (`{id}`) are skipped.
 */
export function checkInternalLinks(root: string, files: readonly string[], site: SiteConfig): CheckerResult {
  const present = new Set(files);
  const problems: string[] = [];
  const resolves = (sitePath: string) => {
    const clean = decodeURIComponent(sitePath.split(/[?#]/)[0]!);
    return present.has(clean) || present.has(`${clean}${clean === "" || clean.endsWith("/") ? "" : "/"}index.html`);
  };
  for (const file of files) {
    if (!/\.(html|json|ndjson|xml|ics|csv)$/.test(file)) continue;
    const text = fs.readFileSync(path.join(root, file), "utf8");
    const targets = new Set<string>();
    if (file.endsWith(".html")) {
      for (const match of text.matchAll(htmlLink)) {
        const href = match[1]!.replace(/&amp;/g, "&");
        if (href.startsWith(site.pathPrefix)) targets.add(href.slice(site.pathPrefix.length));
        else if (href.startsWith("/")) problems.push(`${file}: ${href} is outside the path prefix ${site.pathPrefix}`);
      }
    }
    // In .ics files long lines are folded; unfold them before looking for URLs.
    const unfolded = file.endsWith(".ics") ? text.replace(/\r\n /g, "") : text;
    for (const [url] of unfolded.matchAll(anyUrl)) {
      if (url.startsWith(site.baseUrl) && !url.includes("{"))
        targets.add(url.slice(site.baseUrl.length).replace(/[.,;)]+$/, ""));
    }
    for (const target of targets) {
      if (!resolves(target)) problems.push(`${file}: links to ${target || "/"}, which is not in the site`);
    }
  }
  return { ok: problems.length === 0, problems };
}
