import path from "node:path";
import type { Catalog } from "../catalog/catalog.ts";
import { messages, type Locale } from "../i18n/messages.ts";
import type { SearchShards } from "../publish/search-shards.ts";
import type { SiteConfig } from "../site-config.ts";
import { eventPage } from "./event-page.ts";
import type { ListPaging } from "./list-paging.ts";
import { eventListPage, homePage, organizationListPage, sourceListPage, type ListSource } from "./list-pages.ts";
import { organizationPage } from "./organization-page.ts";
import type { PageItem, PagesIndex, PageTemplate } from "./pages-index.ts";
import { siteDir } from "./template-files.ts";
import { redirectPage } from "./redirect-page.ts";
import { sourcePage } from "./source-page.ts";
import { aboutPage, apiPage, notFoundPage, searchPage } from "./static-pages.ts";

/** What the pages are rendered from: the validated catalog, and which pages to render. */
export interface PageSource {
  site: SiteConfig;
  catalog: Catalog;
  locales: readonly Locale[];
  /** How the search index is split, for the search page to load every part. */
  searchShards: SearchShards;
  /** How the collection lists are split into pages. */
  listPaging: ListPaging;
  /** Every page, for Eleventy's own paginated build; the build's renderer does without. */
  pages?: PagesIndex;
}

/** The subset of Eleventy's configuration API this project uses. */
export interface EleventyConfig {
  addGlobalData(name: string, value: unknown): void;
  addPassthroughCopy(paths: Record<string, string>): void;
  addExtension(extensions: string[], options: { key: string }): void;
  setTemplateFormats(formats: string[]): void;
  setInputDirectory(directory: string): void;
}

/** What each kind of page shows, computed from the catalog while the page renders. */
export function pageViews(source: PageSource): Record<PageTemplate, (item: PageItem) => unknown> {
  const { site, catalog, locales } = source;
  const list = (item: PageItem): ListSource => ({
    site,
    catalog,
    paging: source.listPaging,
    locale: item.locale,
    published: locales,
  });
  return {
    home: (item) => homePage(site, catalog, item.locale, locales),
    organizationList: (item) => organizationListPage(list(item), item.page ?? 1),
    eventList: (item) => eventListPage(list(item), item.page ?? 1),
    sourceList: (item) => sourceListPage(list(item), item.page ?? 1),
    organization: (item) => organizationPage(site, catalog, item.id!, item.locale, locales),
    event: (item) => eventPage(site, catalog, item.id!, item.locale, locales),
    source: (item) => sourcePage(site, catalog, item.id!, item.locale, locales),
    api: (item) => apiPage(site, catalog, item.locale, locales),
    about: (item) => aboutPage(site, catalog, item.locale, locales),
    notFound: (item) => notFoundPage(site, item.locale, locales),
    redirect: (item) => redirectPage(site, catalog, item, locales),
    search: (item) => searchPage(site, source.searchShards, item.locale, locales),
  };
}

/** The data every template receives besides its view. */
export function templateGlobals(source: PageSource) {
  return { messages, site: { pathPrefix: source.site.pathPrefix } };
}

/**
 * The Eleventy setup of the site: page templates are JavaScript templates written in
 * TypeScript (`*.11ty.ts`), which escape every value by default (site/_includes/html.ts).
 * When Eleventy runs on its own, they paginate over `pages` and ask `views` for each page.
 */
export function configureEleventy(eleventyConfig: EleventyConfig, source: PageSource): void {
  eleventyConfig.setInputDirectory(siteDir);
  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
  eleventyConfig.setTemplateFormats(["11ty.ts"]);
  if (source.pages) eleventyConfig.addGlobalData("pages", source.pages);
  eleventyConfig.addGlobalData("views", pageViews(source));
  for (const [name, value] of Object.entries(templateGlobals(source))) eleventyConfig.addGlobalData(name, value);
  eleventyConfig.addPassthroughCopy({ [path.join(siteDir, "assets")]: "assets" });
}
