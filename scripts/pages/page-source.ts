import { locales } from "../i18n/messages.ts";
import { resolveDataDir } from "../project-paths.ts";
import { prepareCatalog } from "../publish/prepare-catalog.ts";
import { searchShards } from "../publish/search-shards.ts";
import { formatFinding } from "../report/format-findings.ts";
import { readSiteConfig } from "../site-config.ts";
import type { PageSource } from "./eleventy-plugin.ts";
import { listPaging } from "./list-paging.ts";
import { pagesIndex } from "./pages-index.ts";

/** The languages the pages are published in. */
export const publishedLocales = locales;

/**
 * The page source for `.eleventy.js`, when Eleventy is started on its own rather than by
 * `npm run build`: made the same way, from validated data only.
 */
export async function currentPageSource(): Promise<PageSource> {
  const prepared = prepareCatalog(resolveDataDir(undefined));
  if (!prepared.catalog) {
    throw new Error(`the data does not validate:\n${prepared.findings.map(formatFinding).join("\n")}`);
  }
  const site = readSiteConfig();
  const paging = listPaging(prepared.catalog);
  return {
    site,
    catalog: prepared.catalog,
    locales: publishedLocales,
    searchShards: searchShards(prepared.catalog),
    listPaging: paging,
    pages: pagesIndex(site, prepared.catalog, publishedLocales, paging),
  };
}
