import type { Catalog } from "../catalog/catalog.ts";
import type { Locale } from "../i18n/messages.ts";
import type { CollectionName } from "../records/collections.ts";
import { sitePaths } from "../publish/site-paths.ts";
import type { SiteConfig } from "../site-config.ts";
import { pageLinks } from "./page-links.ts";

/** One page to render: which record (if any), in which language, to which file. */
export interface PageItem {
  locale: Locale;
  permalink: string;
  id?: string;
  /** For a redirect page: the collection and the id the page sends readers to. */
  collection?: CollectionName;
  target?: string;
}

export type PageTemplate =
  | "home"
  | "organizationList"
  | "eventList"
  | "sourceList"
  | "organization"
  | "event"
  | "source"
  | "api"
  | "about"
  | "notFound"
  | "redirect"
  | "search";

export type PagesIndex = Record<PageTemplate, PageItem[]>;

const listTemplates = {
  home: sitePaths.home,
  organizationList: "organizations/",
  eventList: "events/",
  sourceList: "sources/",
  api: sitePaths.apiPage,
  about: sitePaths.aboutPage,
  search: sitePaths.searchPage,
} as const;
const recordTemplates: Record<"organization" | "event" | "source", CollectionName> = {
  organization: "organizations",
  event: "events",
  source: "sources",
};

/**
 * Every page the site has, as small items that Eleventy paginates over. The pages' content is
 * computed from the catalog only while each page renders, so memory stays flat however many
 * records there are.
 */
export function pagesIndex(site: SiteConfig, catalog: Catalog, locales: readonly Locale[]): PagesIndex {
  const index = {} as PagesIndex;
  for (const [template, sitePath] of Object.entries(listTemplates) as [PageTemplate, string][]) {
    index[template] = locales.map((locale) => ({ locale, permalink: pageLinks(site, locale, sitePath).permalink }));
  }
  for (const [template, collection] of Object.entries(recordTemplates) as [PageTemplate, CollectionName][]) {
    index[template] = [];
    for (const locale of locales) {
      for (const id of catalog[collection].keys()) {
        index[template].push({
          locale,
          id,
          permalink: pageLinks(site, locale, sitePaths.recordPage(collection, id)).permalink,
        });
      }
    }
  }
  // Former ids keep answering: their pages send readers to the renamed record.
  index.redirect = [];
  for (const locale of locales) {
    for (const collection of Object.values(recordTemplates)) {
      for (const [formerId, id] of catalog.formerIds[collection]) {
        index.redirect.push({
          locale,
          collection,
          id: formerId,
          target: id,
          permalink: pageLinks(site, locale, sitePaths.recordPage(collection, formerId)).permalink,
        });
      }
    }
  }
  // GitHub Pages and most static hosts serve /404.html for any missing path.
  index.notFound = [{ locale: locales[0]!, permalink: "404.html" }];
  return index;
}
