import { locales } from "../i18n/messages.ts";
import { resolveDataDir } from "../project-paths.ts";
import { prepareCatalog } from "../publish/prepare-catalog.ts";
import { formatFinding } from "../report/format-findings.ts";
import { readSiteConfig } from "../site-config.ts";
import type { PageSource } from "./eleventy-plugin.ts";
import { pagesIndex } from "./pages-index.ts";

let current: PageSource | undefined;

/** Hands Eleventy the catalog the build already validated, and the pages to render. */
export function setPageSource(source: PageSource | undefined): void {
  current = source;
}

/** The languages the pages are published in. */
export const publishedLocales = ["en"] as const satisfies readonly (typeof locales)[number][];

/**
 * The page source for `.eleventy.js`: the one the build set, or, when Eleventy is started on its
 * own, one made the same way, from validated data only.
 */
export async function currentPageSource(): Promise<PageSource> {
  if (current) return current;
  const prepared = prepareCatalog(resolveDataDir(undefined));
  if (!prepared.catalog) {
    throw new Error(`the data does not validate:\n${prepared.findings.map(formatFinding).join("\n")}`);
  }
  const site = readSiteConfig();
  return {
    site,
    catalog: prepared.catalog,
    locales: publishedLocales,
    pages: pagesIndex(site, prepared.catalog, publishedLocales),
  };
}
