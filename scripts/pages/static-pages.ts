import type { Catalog } from "../catalog/catalog.ts";
import { fillAroundLink, messagesFor, plural, type Locale } from "../i18n/messages.ts";
import type { SearchShards } from "../paths/search-shards.ts";
import { collectionNames, type CollectionName } from "../records/collections.ts";
import { sitePaths } from "../paths/site-paths.ts";
import type { SiteConfig } from "../paths/site-config.ts";
import { pageFrame, type PageFrame } from "./page-frame.ts";
import { pageLinks } from "../paths/page-links.ts";
import type { LinkInText } from "./record-lines.ts";
import { aboutIntroPieces, siteDescription, type TextPiece } from "./registry-intro.ts";
import { addressFilters, type AddressFilters } from "./search-filters.ts";

export interface AboutPage {
  frame: PageFrame;
  /** What the registry is and what it is about, from the records. */
  what: TextPiece[];
  /** What the registry holds now, and how many sources that rests on, with a link to them. */
  holdings: LinkInText;
  repositoryUrl?: string;
}

/** `REPOSITORY_URL` (set by the deploy workflow) links the contribution guide, when known. */
export function aboutPage(site: SiteConfig, catalog: Catalog, locale: Locale, published: readonly Locale[]): AboutPage {
  const repositoryUrl = process.env.REPOSITORY_URL;
  const words = messagesFor(locale);
  // Withdrawn records are no longer part of what the registry says.
  const count = (collection: CollectionName) =>
    plural(words.count[collection], catalog.liveIds[collection].length, locale);
  return {
    frame: pageFrame(
      site,
      {
        locale,
        sitePath: sitePaths.aboutPage,
        title: words.aboutPage.title,
        description: siteDescription(catalog, locale),
        section: "about",
      },
      published,
    ),
    what: aboutIntroPieces(site, catalog, locale),
    holdings: {
      ...fillAroundLink(words.aboutPage.holdings, {
        organizations: count("organizations"),
        events: count("events"),
        sources: count("sources"),
      }),
      link: {
        text: words.aboutPage.holdingsLink,
        href: pageLinks(site, locale, sitePaths.collectionPage("sources")).href,
      },
    },
    ...(repositoryUrl && /^https:\/\//.test(repositoryUrl) ? { repositoryUrl } : {}),
  };
}

/** The 404 page's words and links in one language. */
export interface NotFoundText {
  locale: Locale;
  title: string;
  text: string;
  lists: { label: string; href: string }[];
}

export interface NotFoundPage {
  frame: PageFrame;
  /** In the page's own language. */
  own: NotFoundText;
  /** In every other published language. */
  others: NotFoundText[];
}

/**
 * A static host serves one 404 page for every missing address, in any language's folder: it
 * says what it has to say in every published language, each marked as such.
 */
export function notFoundPage(
  site: SiteConfig,
  catalog: Catalog,
  locale: Locale,
  published: readonly Locale[],
): NotFoundPage {
  const frame = pageFrame(
    site,
    {
      locale,
      sitePath: "404.html",
      title: messagesFor(locale).notFound.title,
      description: siteDescription(catalog, locale),
      section: "none",
      available: [locale],
    },
    [locale],
  );
  return {
    frame,
    own: notFoundText(site, locale),
    others: published.filter((other) => other !== locale).map((other) => notFoundText(site, other)),
  };
}

function notFoundText(site: SiteConfig, locale: Locale): NotFoundText {
  const words = messagesFor(locale);
  return {
    locale,
    title: words.notFound.title,
    text: words.notFound.text,
    lists: [
      { label: words.nav.home, href: pageLinks(site, locale, sitePaths.home).href },
      ...collectionNames.map((collection) => ({
        label: words.nav[collection],
        href: pageLinks(site, locale, sitePaths.collectionPage(collection)).href,
      })),
    ],
  };
}

export interface SearchPage {
  frame: PageFrame;
  /** What this page's search finds of another language, and a link to that language's search page. */
  otherLanguage?: LinkInText;
  /** Where Pagefind's bundles for the page's language are, with the path prefix: the first, then those merged into it. */
  bundlePaths: string[];
  /** The filters as the page's address names them (`?kind=association`), with their labels in the index. */
  addressFilters: AddressFilters;
  /**
   * The Chinese search page, on the pages of other languages: a query in Chinese characters given
   * in the address (`?q=上海`) is sent there, since only the Chinese index splits Chinese into words.
   */
  chineseSearchHref?: string;
  scripts: string[];
  stylesheet: string;
}

/** The search page: Pagefind's interface, which loads only here, never on record pages. */
export function searchPage(
  site: SiteConfig,
  catalog: Catalog,
  shards: SearchShards,
  locale: Locale,
  published: readonly Locale[],
): SearchPage {
  const bundlePaths = shards.bundles(locale).map((bundle) => pageLinks(site, "en", bundle).href);
  const [bundlePath] = bundlePaths;
  const note = messagesFor(locale).searchPage.otherLanguage;
  const otherLocale = published.find((other) => other !== locale);
  return {
    frame: pageFrame(
      site,
      {
        locale,
        sitePath: sitePaths.searchPage,
        title: messagesFor(locale).searchPage.title,
        description: siteDescription(catalog, locale),
        section: "search",
      },
      published,
    ),
    ...(note && otherLocale
      ? {
          otherLanguage: {
            ...fillAroundLink(note.note),
            link: { text: note.link, href: pageLinks(site, otherLocale, sitePaths.searchPage).href },
          },
        }
      : {}),
    bundlePaths,
    addressFilters: addressFilters(locale),
    ...(locale !== "zh-Hans" && published.includes("zh-Hans")
      ? { chineseSearchHref: pageLinks(site, "zh-Hans", sitePaths.searchPage).href }
      : {}),
    scripts: [`${bundlePath}pagefind-ui.js`, pageLinks(site, "en", "assets/search.js").href],
    stylesheet: `${bundlePath}pagefind-ui.css`,
  };
}
