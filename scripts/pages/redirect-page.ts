import type { Catalog } from "../catalog/catalog.ts";
import { fill, messagesFor } from "../i18n/messages.ts";
import { sitePaths } from "../paths/site-paths.ts";
import type { SiteConfig } from "../paths/site-config.ts";
import { pageFrame, type PageFrame } from "./page-frame.ts";
import { siteDescription } from "./registry-intro.ts";
import { pageLinks } from "../paths/page-links.ts";
import type { PageItem } from "./page-items.ts";
import { organizationLink, type Link } from "./record-lines.ts";
import { textIn } from "../i18n/localized-text.ts";
import type { Locale } from "../i18n/messages.ts";

export interface RedirectPage {
  frame: PageFrame;
  message: string;
  target: Link;
}

/** The page at a former id: it sends readers to the record's address now, at once and by a link. */
export function redirectPage(
  site: SiteConfig,
  catalog: Catalog,
  item: PageItem,
  published: readonly Locale[],
): RedirectPage {
  const collection = item.collection!;
  const targetPage = pageLinks(site, item.locale, sitePaths.recordPage(collection, item.target!));
  const entry = catalog[collection].get(item.target!)!;
  const record = entry.record as { names?: { display: Record<string, string> }; title: Record<string, string> };
  const name = textIn(record.names?.display ?? record.title, item.locale);
  return {
    frame: pageFrame(
      site,
      {
        locale: item.locale,
        sitePath: sitePaths.recordPage(collection, item.id!),
        title: name.text,
        description: siteDescription(catalog, item.locale),
        section: collection,
        redirect: targetPage.canonical,
        available: [item.locale],
      },
      published,
    ),
    message: fill(messagesFor(item.locale).movedNotice, { id: item.id! }),
    target:
      collection === "organizations"
        ? organizationLink(site, catalog, item.target!, item.locale)
        : { ...name, href: targetPage.href },
  };
}
