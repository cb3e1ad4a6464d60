import type { Catalog } from "../catalog/catalog.ts";
import { fill, fillAroundLink, messagesFor, plural, type Locale } from "../i18n/messages.ts";
import { csvColumns } from "../contract/csv-columns.ts";
import type { SearchShards } from "../paths/search-shards.ts";
import { recordTypeOf } from "../contract/api-contract.ts";
import { collectionNames, type CollectionName } from "../records/collections.ts";
import { sitePaths } from "../paths/site-paths.ts";
import { absoluteUrl, type SiteConfig } from "../paths/site-config.ts";
import { pageFrame, type PageFrame } from "./page-frame.ts";
import { pageLinks } from "../paths/page-links.ts";
import type { LinkInText } from "./record-lines.ts";
import { addressFilters, type AddressFilters } from "./search-filters.ts";

export interface Endpoint {
  url: string;
  returns: string;
  example: string;
  schema?: string;
}

export interface ApiPage {
  frame: PageFrame;
  entryPoint: string;
  endpoints: Endpoint[];
  columns: { collection: CollectionName; columns: { name: string; type: string; description: string }[] }[];
  /** Sections after the endpoints, each with its anchor. */
  notes: { id: string; title: string; text: string }[];
}

/** The API page lists every published endpoint, each with a command to copy. */
export function apiPage(site: SiteConfig, catalog: Catalog, locale: Locale, published: readonly Locale[]): ApiPage {
  const words = messagesFor(locale);
  const describes = words.apiPage.describes;
  const url = (sitePath: string) => absoluteUrl(site, sitePath);
  const schema = (name: string) => url(sitePaths.responseSchema(name));
  const firstId = (collection: CollectionName) => catalog.liveIds[collection][0];
  const endpoint = (sitePath: string, returns: string, example = sitePath, schemaName?: string): Endpoint => ({
    url: url(sitePath),
    returns,
    example: url(example),
    ...(schemaName ? { schema: schema(schemaName) } : {}),
  });
  const endpoints: Endpoint[] = [endpoint(sitePaths.apiIndex, describes.index, sitePaths.apiIndex, "api-index")];
  for (const collection of collectionNames) {
    const type = { type: words.recordNouns[collection] };
    const id = firstId(collection);
    const documentName = `${recordTypeOf[collection]}-document`;
    endpoints.push(
      endpoint(
        sitePaths.apiCollection(collection),
        fill(describes.list, type),
        sitePaths.apiCollection(collection),
        "collection",
      ),
      endpoint(
        sitePaths.apiRecordTemplate(collection),
        fill(describes.record, type),
        id ? sitePaths.apiRecord(collection, id) : sitePaths.apiRecordTemplate(collection),
        documentName,
      ),
      endpoint(
        sitePaths.apiRecordHistoryTemplate(collection),
        fill(describes.history, type),
        id ? sitePaths.apiRecordHistory(collection, id) : sitePaths.apiRecordHistoryTemplate(collection),
        "history",
      ),
      endpoint(
        sitePaths.apiNdjson(collection),
        fill(describes.ndjson, type),
        sitePaths.apiNdjson(collection),
        "dump-item",
      ),
      endpoint(sitePaths.apiCsv(collection), fill(describes.csv, type)),
    );
  }
  const organization = firstId("organizations");
  const event = firstId("events");
  endpoints.push(
    endpoint(sitePaths.apiAll, describes.all, sitePaths.apiAll, "all"),
    endpoint(sitePaths.apiDatapackage, describes.datapackage),
    endpoint(sitePaths.apiOpenapi, describes.openapi),
    endpoint(sitePaths.apiOpenapiBundle, describes.openapiBundle),
    endpoint(sitePaths.apiTypes, describes.types),
    endpoint(sitePaths.apiChanges, describes.changes, sitePaths.apiChanges, "changes"),
    endpoint(sitePaths.apiChangesPage("{page}"), describes.changesPage, sitePaths.apiChangesPage(1), "changes"),
    endpoint(sitePaths.apiManifest, describes.manifest, sitePaths.apiManifest, "manifest"),
    endpoint(sitePaths.eventsFeed, describes.eventsFeed),
    endpoint(
      sitePaths.organizationFeed("{id}"),
      describes.organizationFeed,
      organization ? sitePaths.organizationFeed(organization) : sitePaths.organizationFeed("{id}"),
    ),
    endpoint(sitePaths.changesFeed, describes.changesFeed),
    endpoint(sitePaths.eventsJsonFeed, describes.eventsJsonFeed),
    endpoint(sitePaths.changesJsonFeed, describes.changesJsonFeed),
    endpoint(sitePaths.eventsCalendar, describes.calendar),
    endpoint(
      sitePaths.eventCalendar("{id}"),
      describes.eventCalendar,
      event ? sitePaths.eventCalendar(event) : sitePaths.eventCalendar("{id}"),
    ),
    endpoint(sitePaths.recordSchema("{name}"), describes.schemas, sitePaths.recordSchema("organization")),
  );
  return {
    frame: pageFrame(
      site,
      {
        locale,
        sitePath: sitePaths.apiPage,
        title: words.apiPage.title,
        section: "api",
        json: url(sitePaths.apiIndex),
      },
      published,
    ),
    entryPoint: url(sitePaths.apiIndex),
    endpoints,
    columns: collectionNames.map((collection) => ({
      collection,
      columns: csvColumns[collection].map(({ name, type, description }) => ({ name, type, description })),
    })),
    notes: [
      { id: "identifiers", ...words.apiPage.notes.identifiers },
      // The anchor the JSON Feeds' _event extension names as where it is described.
      { id: "feeds", ...words.apiPage.notes.jsonFeeds },
    ],
  };
}

export interface AboutPage {
  frame: PageFrame;
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
      { locale, sitePath: sitePaths.aboutPage, title: words.aboutPage.title, section: "about" },
      published,
    ),
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
export function notFoundPage(site: SiteConfig, locale: Locale, published: readonly Locale[]): NotFoundPage {
  const frame = pageFrame(
    site,
    { locale, sitePath: "404.html", title: messagesFor(locale).notFound.title, section: "none", available: [locale] },
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
      { locale, sitePath: sitePaths.searchPage, title: messagesFor(locale).searchPage.title, section: "search" },
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
