import type { Locale } from "../i18n/messages.ts";
import { absoluteUrl, rootRelativeUrl, type SiteConfig } from "./site-config.ts";

/** The folder each language's pages live in: English at the root, Chinese under `zh/`. */
export const localeFolder: Record<Locale, string> = { en: "", "zh-Hans": "zh/" };

/** Links for one page in one language, derived from its site path (such as `events/x/`). */
export interface PageLinks {
  /** Root-relative URL with the path prefix, for links inside the site. */
  href: string;
  /** Absolute URL, for canonical links and feeds. */
  canonical: string;
  /** The file Eleventy writes, relative to the output folder. */
  permalink: string;
}

export function pageLinks(site: SiteConfig, locale: Locale, sitePath: string): PageLinks {
  const localized = `${localeFolder[locale]}${sitePath}`;
  return {
    href: rootRelativeUrl(site, localized),
    canonical: absoluteUrl(site, localized),
    permalink: localized === "" || localized.endsWith("/") ? `${localized}index.html` : localized,
  };
}
