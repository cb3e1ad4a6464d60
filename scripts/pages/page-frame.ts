import type { Locale } from "../i18n/messages.ts";
import { messagesFor } from "../i18n/messages.ts";
import { locales } from "../i18n/messages.ts";
import type { SiteConfig } from "../paths/site-config.ts";
import { pageLinks, type PageLinks } from "../paths/page-links.ts";
import { sitePaths } from "../paths/site-paths.ts";

export type Section = "home" | "organizations" | "events" | "sources" | "search" | "api" | "about" | "none";

export interface Alternate {
  hreflang: string;
  /** Absolute, as hreflang links must be. */
  href: string;
  /** Root-relative, for the language switch. */
  localHref: string;
}

export interface FeedLink {
  title: string;
  href: string;
  type: "application/rss+xml" | "application/feed+json" | "text/calendar";
}

/** What every page's layout needs: language, title, links and the navigation state. */
export interface NavItem {
  key: Section;
  label: string;
  href: string;
  current: boolean;
}

export interface PageFrame {
  locale: Locale;
  /** The site's main navigation, in this page's language. */
  nav: NavItem[];
  /** The home page in this page's language. */
  homeHref: string;
  /** The search page in this page's language: where every search box sends its query. */
  searchHref: string;
  /** Open Graph's locale of the page (`en_US`), and those of its other languages. */
  openGraphLocale: string;
  openGraphAlternates: string[];
  title: string;
  description: string;
  section: Section;
  links: PageLinks;
  /** The address search engines should keep: where the page redirects to, or its own. */
  canonical: string;
  alternates: Alternate[];
  feeds: FeedLink[];
  /** The page's JSON counterpart, linked with rel="alternate". */
  json?: string;
  /** Where this page sends its readers at once: a renamed or withdrawn record's new address. */
  redirect?: string;
}

export interface FrameOptions {
  locale: Locale;
  sitePath: string;
  title: string;
  /** What the page is about; pages that are not about a record give the registry's (`siteDescription`). */
  description: string;
  section: Section;
  feeds?: FeedLink[];
  json?: string;
  /** Languages this page exists in; all published ones unless said otherwise. */
  available?: readonly Locale[];
  /** Absolute URL this page redirects to; it is then also the canonical URL. */
  redirect?: string;
}

/** Open Graph names a locale by language and territory, as `ll_TT`; BCP 47 tags do not fit it. */
const openGraphLocales: Record<Locale, string> = { en: "en_US", "zh-Hans": "zh_CN" };

export function pageFrame(site: SiteConfig, options: FrameOptions, published: readonly Locale[]): PageFrame {
  const available = (options.available ?? locales).filter((locale) => published.includes(locale));
  const links = pageLinks(site, options.locale, options.sitePath);
  const sections = [
    ["organizations", "organizations/"],
    ["events", "events/"],
    ["sources", "sources/"],
    ["search", "search/"],
    ["api", "api/"],
    ["about", "about/"],
  ] as const;
  return {
    locale: options.locale,
    nav: sections.map(([key, sitePath]) => ({
      key,
      label: messagesFor(options.locale).nav[key],
      href: pageLinks(site, options.locale, sitePath).href,
      current: options.section === key,
    })),
    homeHref: pageLinks(site, options.locale, "").href,
    searchHref: pageLinks(site, options.locale, sitePaths.searchPage).href,
    openGraphLocale: openGraphLocales[options.locale],
    openGraphAlternates: available
      .filter((locale) => locale !== options.locale && available.length > 1)
      .map((locale) => openGraphLocales[locale]),
    title: options.title,
    description: options.description,
    section: options.section,
    links,
    canonical: options.redirect ?? links.canonical,
    alternates:
      available.length > 1
        ? available.map((locale) => {
            const links = pageLinks(site, locale, options.sitePath);
            return { hreflang: locale, href: links.canonical, localHref: links.href };
          })
        : [],
    feeds: options.feeds ?? [],
    ...(options.json ? { json: options.json } : {}),
    ...(options.redirect ? { redirect: options.redirect } : {}),
  };
}
