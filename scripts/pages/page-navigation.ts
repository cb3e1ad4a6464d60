import type { Locale } from "../i18n/messages.ts";
import { pageLinks } from "../paths/page-links.ts";
import type { SiteConfig } from "../paths/site-config.ts";
import { sitePaths } from "../paths/site-paths.ts";
import type { CollectionName } from "../records/collections.ts";

/** A link in a list's page navigation; `gap` stands for pages left out between two links. */
export type PageNavItem = { page: number; href: string; current: boolean } | { gap: true };

/** The navigation between the pages of a list, for a list of more than one page. */
export interface PageNav {
  page: number;
  pages: number;
  previous?: string;
  next?: string;
  items: PageNavItem[];
}

/** Pages linked on either side of the current one; the first and the last are always linked. */
const pagesAround = 2;

export function pageNav(
  site: SiteConfig,
  locale: Locale,
  collection: CollectionName,
  page: number,
  pages: number,
): PageNav | undefined {
  if (pages <= 1) return undefined;
  const href = (number: number) => pageLinks(site, locale, sitePaths.collectionPage(collection, number)).href;
  const link = (number: number): PageNavItem => ({ page: number, href: href(number), current: number === page });
  const shown = new Set([1, pages]);
  for (let number = page - pagesAround; number <= page + pagesAround; number++)
    if (number >= 1 && number <= pages) shown.add(number);
  const items: PageNavItem[] = [];
  let before = 0;
  for (const number of [...shown].sort((a, b) => a - b)) {
    // A gap of one page shows that page: "…" would take as much room as its number.
    if (number - before === 2) items.push(link(before + 1));
    else if (number - before > 2) items.push({ gap: true });
    items.push(link(number));
    before = number;
  }
  return {
    page,
    pages,
    ...(page > 1 ? { previous: href(page - 1) } : {}),
    ...(page < pages ? { next: href(page + 1) } : {}),
    items,
  };
}
