import type { Catalog } from "../catalog/catalog.ts";
import { messagesFor, plural, type Locale } from "../i18n/messages.ts";
import { absoluteUrl, type SiteConfig } from "../paths/site-config.ts";
import { sitePaths } from "../paths/site-paths.ts";
import { collectionNames, type CollectionName } from "../records/collections.ts";
import { changesFeedLinks, eventsFeedLinks } from "./feed-links.ts";
import { pageFrame, type PageFrame } from "./page-frame.ts";
import { websiteJsonLd } from "./json-ld.ts";
import { changeDay, eventLine, type DateText, type EventLine } from "./record-lines.ts";
import { homeIntroPieces, siteDescription, taglinePieces, type TextPiece } from "./registry-intro.ts";
import { pageLinks } from "../paths/page-links.ts";

export interface HomePage {
  frame: PageFrame;
  /** What the registry is, naming (and linking) the organization it is about. */
  tagline: TextPiece[];
  /** How that organization was launched, and what the registry holds, from the records. */
  intro: TextPiece[];
  /** When any record last changed. */
  dataUpdated: DateText;
  counts: { label: string; href: string }[];
  latestEvents: EventLine[];
  eventsHref: string;
  apiHref: string;
  apiIndex: string;
  feedHref: string;
  calendarHref: string;
  jsonLd: object;
}

export function homePage(site: SiteConfig, catalog: Catalog, locale: Locale, published: readonly Locale[]): HomePage {
  const words = messagesFor(locale);
  const feedHref = absoluteUrl(site, sitePaths.eventsFeed);
  const calendarHref = absoluteUrl(site, sitePaths.eventsCalendar);
  const frame = pageFrame(
    site,
    {
      locale,
      sitePath: sitePaths.home,
      title: words.siteName,
      description: siteDescription(catalog, locale),
      section: "home",
      feeds: [...eventsFeedLinks(site, locale), ...changesFeedLinks(site, locale)],
      json: absoluteUrl(site, sitePaths.apiIndex),
    },
    published,
  );
  const collectionHref = (collection: CollectionName) =>
    pageLinks(site, locale, sitePaths.collectionPage(collection)).href;
  return {
    frame,
    tagline: taglinePieces(site, catalog, locale),
    intro: homeIntroPieces(site, catalog, locale),
    dataUpdated: changeDay(catalog.dataUpdated, locale),
    counts: collectionNames.map((collection) => ({
      label: plural(words.count[collection], catalog.liveIds[collection].length, locale),
      href: collectionHref(collection),
    })),
    latestEvents: catalog.liveEventsNewestFirst.slice(0, 5).map((id) => eventLine(site, catalog, id, locale)),
    eventsHref: collectionHref("events"),
    apiHref: pageLinks(site, locale, sitePaths.apiPage).href,
    apiIndex: absoluteUrl(site, sitePaths.apiIndex),
    feedHref,
    calendarHref,
    jsonLd: websiteJsonLd(site, locale, words.siteName, frame.description),
  };
}
