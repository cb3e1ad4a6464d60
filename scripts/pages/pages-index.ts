import { formerIdsOf, type Catalog } from "../catalog/catalog.ts";
import type { Locale } from "../i18n/messages.ts";
import { collectionNames, type CollectionName } from "../records/collections.ts";
import { templateFiles } from "./template-files.ts";
import { sitePaths } from "../publish/site-paths.ts";
import type { SiteConfig } from "../site-config.ts";
import { listPagePaths, type ListPaging } from "./list-paging.ts";
import { pageLinks } from "./page-links.ts";

/** One page to render: which record (if any), in which language, to which file. */
export interface PageItem {
  locale: Locale;
  permalink: string;
  id?: string;
  /** For a page of a collection's list: which one, from 1. */
  page?: number;
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

const pageTemplates = {
  home: sitePaths.home,
  api: sitePaths.apiPage,
  about: sitePaths.aboutPage,
  search: sitePaths.searchPage,
} as const;

const listTemplates: Record<CollectionName, PageTemplate> = {
  organizations: "organizationList",
  events: "eventList",
  sources: "sourceList",
};

/** A page to render: with which template, from which item. */
export interface PageJob {
  template: PageTemplate;
  item: PageItem;
}

const templateOfCollection: Record<CollectionName, PageTemplate> = {
  organizations: "organization",
  events: "event",
  sources: "source",
};

/**
 * The pages that are not about one record: home, every page of the lists, API, about, search,
 * and the 404 page.
 */
export function listPageJobs(site: SiteConfig, locales: readonly Locale[], paging: ListPaging): PageJob[] {
  const jobs: PageJob[] = [];
  for (const [template, sitePath] of Object.entries(pageTemplates) as [PageTemplate, string][]) {
    for (const locale of locales)
      jobs.push({ template, item: { locale, permalink: pageLinks(site, locale, sitePath).permalink } });
  }
  for (const { collection, page, sitePath } of listPagePaths(paging)) {
    for (const locale of locales) {
      jobs.push({
        template: listTemplates[collection],
        item: { locale, page, permalink: pageLinks(site, locale, sitePath).permalink },
      });
    }
  }
  // GitHub Pages and most static hosts serve /404.html for any missing path.
  jobs.push({ template: "notFound", item: { locale: locales[0]!, permalink: "404.html" } });
  return jobs;
}

/** One record's pages in every language, and the redirect pages at its former ids. */
export function recordPageJobs(
  site: SiteConfig,
  catalog: Catalog,
  collection: CollectionName,
  id: string,
  locales: readonly Locale[],
): PageJob[] {
  const jobs: PageJob[] = [];
  const formerIds = formerIdsOf(catalog[collection].get(id)!);
  for (const locale of locales) {
    jobs.push({
      template: templateOfCollection[collection],
      item: { locale, id, permalink: pageLinks(site, locale, sitePaths.recordPage(collection, id)).permalink },
    });
    for (const formerId of formerIds) {
      jobs.push({
        template: "redirect",
        item: {
          locale,
          collection,
          id: formerId,
          target: id,
          permalink: pageLinks(site, locale, sitePaths.recordPage(collection, formerId)).permalink,
        },
      });
    }
  }
  return jobs;
}

/**
 * Every page the site has, grouped by template, as small items that Eleventy paginates over
 * when it runs on its own. The pages' content is computed from the catalog only while each page
 * renders, so memory stays flat however many records there are.
 */
export function pagesIndex(
  site: SiteConfig,
  catalog: Catalog,
  locales: readonly Locale[],
  paging: ListPaging,
): PagesIndex {
  const index = Object.fromEntries(
    Object.keys(templateFiles).map((template) => [template, []]),
  ) as unknown as PagesIndex;
  const jobs = [
    ...listPageJobs(site, locales, paging),
    ...collectionNames.flatMap((collection) =>
      [...catalog[collection].keys()].flatMap((id) => recordPageJobs(site, catalog, collection, id, locales)),
    ),
  ];
  // Grouped by language first, as Eleventy's own build would list them.
  for (const locale of locales) {
    for (const job of jobs) if (job.item.locale === locale) index[job.template].push(job.item);
  }
  return index;
}
