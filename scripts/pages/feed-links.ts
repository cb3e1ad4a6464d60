import { fill, messagesFor, type Locale } from "../i18n/messages.ts";
import { absoluteUrl, type SiteConfig } from "../paths/site-config.ts";
import { sitePaths } from "../paths/site-paths.ts";
import type { FeedLink } from "./page-frame.ts";

/** An RSS feed as a page links it in its head, titled with what it follows. */
function rssFeedLink(site: SiteConfig, locale: Locale, name: string, sitePath: string): FeedLink {
  const words = messagesFor(locale);
  return {
    title: fill(words.feedLinkTitle, { feed: words.rssFeed, name }),
    href: absoluteUrl(site, sitePath),
    type: "application/rss+xml",
  };
}

/** The feed of every event. */
export function eventsFeedLink(site: SiteConfig, locale: Locale): FeedLink {
  return rssFeedLink(site, locale, messagesFor(locale).eventsFeedTitle, sitePaths.eventsFeed);
}

/** The same feed as JSON Feed 1.1, for readers that prefer it. */
function jsonFeedLink(site: SiteConfig, locale: Locale, name: string, sitePath: string): FeedLink {
  const words = messagesFor(locale);
  return {
    title: fill(words.feedLinkTitle, { feed: words.jsonFeed, name }),
    href: absoluteUrl(site, sitePath),
    type: "application/feed+json",
  };
}

/** The feeds and the calendar of every event. */
export function eventsFeedLinks(site: SiteConfig, locale: Locale): FeedLink[] {
  return [
    eventsFeedLink(site, locale),
    jsonFeedLink(site, locale, messagesFor(locale).eventsFeedTitle, sitePaths.eventsJsonFeed),
    { title: messagesFor(locale).calendar, href: absoluteUrl(site, sitePaths.eventsCalendar), type: "text/calendar" },
  ];
}

/** The feeds of changes to the registry: feed readers look for them in the head of the home page. */
export function changesFeedLinks(site: SiteConfig, locale: Locale): FeedLink[] {
  const name = messagesFor(locale).changesFeedTitle;
  return [
    rssFeedLink(site, locale, name, sitePaths.changesFeed),
    jsonFeedLink(site, locale, name, sitePaths.changesJsonFeed),
  ];
}

/** An organization's feed, titled with its name. */
export function organizationFeedLink(site: SiteConfig, locale: Locale, name: string, id: string): FeedLink {
  return rssFeedLink(site, locale, name, sitePaths.organizationFeed(id));
}
