import type { Catalog } from "../catalog/catalog.ts";
import type { Locale } from "../i18n/messages.ts";
import { messages } from "../i18n/messages.ts";
import type { SiteConfig } from "../site-config.ts";
import { eventPage } from "./event-page.ts";
import { jsonForScript } from "./json-ld.ts";
import { eventListPage, homePage, organizationListPage, sourceListPage } from "./list-pages.ts";
import { organizationPage } from "./organization-page.ts";
import type { PageItem, PagesIndex } from "./pages-index.ts";
import { sourcePage } from "./source-page.ts";
import { aboutPage, apiPage, notFoundPage } from "./static-pages.ts";
import { redirectPage } from "./redirect-page.ts";

/** What the pages are rendered from: the validated catalog, and which pages to render. */
export interface PageSource {
  site: SiteConfig;
  catalog: Catalog;
  locales: readonly Locale[];
  pages: PagesIndex;
}

/** The subset of Eleventy's configuration API this plugin uses. */
interface EleventyConfig {
  addGlobalData(name: string, value: unknown): void;
  addNunjucksGlobal(name: string, value: unknown): void;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  addPassthroughCopy(paths: Record<string, string>): void;
  setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
  setTemplateFormats(formats: string[]): void;
  addPlugin(plugin: (config: EleventyConfig, options: PageSource) => void, options: PageSource): void;
}

/** The whole Eleventy setup: one template language, and the registry plugin. */
export function configureEleventy(eleventyConfig: EleventyConfig, source: PageSource): void {
  eleventyConfig.setTemplateFormats(["njk"]);
  eleventyConfig.addPlugin(registryPlugin, source);
}

/**
 * Gives the templates in `site/` the pages to render and, for each page, a function that
 * builds its view from the catalog while it renders. Templates never see `data/`.
 */
export function registryPlugin(eleventyConfig: EleventyConfig, source: PageSource): void {
  const { site, catalog, locales } = source;
  // Block tags leave no blank lines behind, which keeps pages small; text is still autoescaped.
  eleventyConfig.setNunjucksEnvironmentOptions({ trimBlocks: true, lstripBlocks: true, autoescape: true });
  eleventyConfig.addGlobalData("pages", source.pages);
  eleventyConfig.addGlobalData("messages", messages.en);
  eleventyConfig.addGlobalData("site", { ...site, locales });
  const views = {
    home: (item: PageItem) => homePage(site, catalog, item.locale, locales),
    organizationList: (item: PageItem) => organizationListPage(site, catalog, item.locale, locales),
    eventList: (item: PageItem) => eventListPage(site, catalog, item.locale, locales),
    sourceList: (item: PageItem) => sourceListPage(site, catalog, item.locale, locales),
    organization: (item: PageItem) => organizationPage(site, catalog, item.id!, item.locale, locales),
    event: (item: PageItem) => eventPage(site, catalog, item.id!, item.locale, locales),
    source: (item: PageItem) => sourcePage(site, catalog, item.id!, item.locale, locales),
    api: (item: PageItem) => apiPage(site, catalog, item.locale, locales),
    about: (item: PageItem) => aboutPage(site, item.locale, locales),
    notFound: (item: PageItem) => notFoundPage(site, item.locale),
    redirect: (item: PageItem) => redirectPage(site, catalog, item, locales),
  };
  eleventyConfig.addNunjucksGlobal("view", (template: keyof typeof views, item: PageItem) => views[template](item));
  // The result goes inside <script type="application/ld+json"> with `| safe`: jsonForScript escapes < > &.
  eleventyConfig.addFilter("jsonForScript", (value: unknown) => jsonForScript(value));
  eleventyConfig.addPassthroughCopy({ "site/assets": "assets" });
}
