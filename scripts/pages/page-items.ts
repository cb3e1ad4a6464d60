import type { CatalogEntry } from "../catalog/catalog.ts";
import type { Locale } from "../i18n/messages.ts";
import { listPagePaths } from "../paths/list-paging.ts";
import { pageLinks } from "../paths/page-links.ts";
import { sitePaths } from "../paths/site-paths.ts";
import type { CollectionName } from "../records/collections.ts";
import type { PageContext } from "./page-context.ts";

/** One page to render: in which language, to which file, and which record or page of a list it shows. */
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

/** The same page in every published language. */
function inEveryLanguage(context: PageContext, sitePath: string): PageItem[] {
  return context.locales.map((locale) => ({ locale, permalink: pageLinks(context.site, locale, sitePath).permalink }));
}

/** Every page of a collection's list, in every language. */
function listItems(context: PageContext, collection: CollectionName): PageItem[] {
  const items: PageItem[] = [];
  for (const list of listPagePaths(context.paging)) {
    if (list.collection !== collection) continue;
    for (const locale of context.locales)
      items.push({ locale, page: list.page, permalink: pageLinks(context.site, locale, list.sitePath).permalink });
  }
  return items;
}

/**
 * The pages of the site as a whole, by name: what a template lists as `pages.<name>` to be
 * rendered once per item.
 */
export const sitePageItems = {
  home: (context: PageContext) => inEveryLanguage(context, sitePaths.home),
  organizationList: (context: PageContext) => listItems(context, "organizations"),
  eventList: (context: PageContext) => listItems(context, "events"),
  sourceList: (context: PageContext) => listItems(context, "sources"),
  api: (context: PageContext) => inEveryLanguage(context, sitePaths.apiPage),
  about: (context: PageContext) => inEveryLanguage(context, sitePaths.aboutPage),
  search: (context: PageContext) => inEveryLanguage(context, sitePaths.searchPage),
  // GitHub Pages and most static hosts serve /404.html for any missing path.
  notFound: (context: PageContext): PageItem[] => [{ locale: context.locales[0]!, permalink: "404.html" }],
} satisfies Record<string, (context: PageContext) => PageItem[]>;

/** A record's own page, in every language. */
function recordPage(collection: CollectionName) {
  return (context: PageContext, entry: CatalogEntry): PageItem[] =>
    entry.collection !== collection
      ? []
      : context.locales.map((locale) => ({
          locale,
          id: entry.id,
          permalink: pageLinks(context.site, locale, sitePaths.recordPage(collection, entry.id)).permalink,
        }));
}

/**
 * The pages of each record, by name: its own page, and the pages at its former ids that send
 * readers on. A rebuild renders them again for the records an edit touches.
 */
export const recordPageItems = {
  organization: recordPage("organizations"),
  event: recordPage("events"),
  source: recordPage("sources"),
  redirect: (context: PageContext, entry: CatalogEntry): PageItem[] =>
    context.locales.flatMap((locale) =>
      entry.formerIds.map((formerId) => ({
        locale,
        collection: entry.collection,
        id: formerId,
        target: entry.id,
        permalink: pageLinks(context.site, locale, sitePaths.recordPage(entry.collection, formerId)).permalink,
      })),
    ),
} satisfies Record<string, (context: PageContext, entry: CatalogEntry) => PageItem[]>;

export type SitePageName = keyof typeof sitePageItems;
export type RecordPageName = keyof typeof recordPageItems;
export type PageName = SitePageName | RecordPageName;

export function isSitePageName(name: string): name is SitePageName {
  return Object.hasOwn(sitePageItems, name);
}

export function isRecordPageName(name: string): name is RecordPageName {
  return Object.hasOwn(recordPageItems, name);
}
