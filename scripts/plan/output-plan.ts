import type { Catalog, CatalogEntry } from "../catalog/catalog.ts";
import { locales as allLocales, type Locale } from "../i18n/messages.ts";
import { manifestFile } from "../outputs/api/manifest.ts";
import type { OutputCache } from "../outputs/output-cache.ts";
import type { OutputContext } from "../outputs/output-context.ts";
import type { PublishedFiles } from "../outputs/output.ts";
import { buildSearchIndex, type SearchIndexOptions } from "../outputs/search/search-index.ts";
import { pageContext } from "../pages/page-context.ts";
import { listPaging } from "../paths/list-paging.ts";
import { searchShards, type SearchShards } from "../paths/search-shards.ts";
import type { SiteConfig } from "../paths/site-config.ts";
import { sitePaths } from "../paths/site-paths.ts";
import { PageFiles } from "./page-files.ts";
import { loadPageTemplates, siteDir } from "./page-templates.ts";
import { streamedJsonFile, type PlannedFile } from "./planned-file.ts";
import { recordFiles } from "./record-files.ts";
import { siteAssets } from "./site-assets.ts";
import { siteFiles } from "./site-files.ts";

export interface PlanOptions {
  site: SiteConfig;
  catalog: Catalog;
  /** What outputs keep between builds: a builder's own, or a one-off build's. */
  cache: OutputCache;
  /** The languages of the pages; all of them unless a test narrows it. */
  locales?: readonly Locale[] | undefined;
  /** Records per page of a collection's list (`defaultListPageSize` unless given); tests make it small. */
  listPageSize?: number | undefined;
  /** Records per search shard (`defaultShardRecords` unless given); tests make it small to get several. */
  searchShardRecords?: number | undefined;
  /** The page templates and assets (`site/` unless given). */
  templatesDir?: string | undefined;
}

/**
 * Every file the build publishes, declared once: what each record owns (its documents, feed or
 * calendar, and pages), what the site as a whole owns (lists, dumps, feeds, sitemap, its own
 * pages and assets), the search index by bundle, and the manifest of all of them. A cold build
 * writes the whole plan; a rebuild writes the files of the records an edit affects and of the
 * site, and removes the paths that left the plan. Nothing here writes: see `scripts/writer/`.
 */
export interface OutputPlan {
  context: OutputContext;
  locales: readonly Locale[];
  shards: SearchShards;
  pages: PageFiles;
  /** The files of one record, pages included. */
  recordFiles(entry: CatalogEntry): PlannedFile[];
  /** The files of the site as a whole, made one after another as they are asked for: a dump of a large registry is hundreds of megabytes. */
  siteFiles(): Iterable<PlannedFile>;
  /** Builds the search index's bundles (all, or `only` those), handing their files to `write`. */
  searchIndex(options: Omit<SearchIndexOptions, "shards">): Promise<string[]>;
  /** The manifest of every other file published, last of all. */
  manifest(files: PublishedFiles): PlannedFile;
}

export async function outputPlan(options: PlanOptions): Promise<OutputPlan> {
  const { site, catalog, cache } = options;
  const locales = options.locales ?? allLocales;
  const templatesDir = options.templatesDir ?? siteDir;
  const context: OutputContext = { site, catalog, cache };
  const paging = listPaging(catalog, options.listPageSize);
  const shards = searchShards(catalog, options.searchShardRecords);
  const pages = new PageFiles(
    await loadPageTemplates(templatesDir),
    pageContext(site, catalog, locales, paging, shards),
  );
  return {
    context,
    locales,
    shards,
    pages,
    recordFiles: (entry) => [
      ...recordFiles.flatMap((declared) => declared.files(context, entry)),
      ...pages.recordPages(entry),
    ],
    *siteFiles() {
      for (const declared of siteFiles) yield* declared.files({ context, locales, paging });
      yield* pages.sitePages();
      yield* siteAssets(templatesDir);
    },
    searchIndex: (indexOptions) => buildSearchIndex(context, locales, { shards, ...indexOptions }),
    manifest: (files) => streamedJsonFile(sitePaths.apiManifest, "manifest", () => manifestFile(context, files)),
  };
}
