import { fill, messagesFor, type Locale } from "../i18n/messages.ts";
import { absoluteUrl, type SiteConfig } from "../paths/site-config.ts";
import { sitePaths } from "../paths/site-paths.ts";
import type { FeedLink } from "./page-frame.ts";

/** The feed of every event, as a page links it in its head. */
export function eventsFeedLink(site: SiteConfig, locale: Locale): FeedLink {
  const words = messagesFor(locale);
  return {
    title: fill(words.feedLinkTitle, { feed: words.rssFeed, name: words.eventsFeedTitle }),
    href: absoluteUrl(site, sitePaths.eventsFeed),
    type: "application/rss+xml",
  };
}

/** The feed and the calendar of every event. */
export function eventsFeedLinks(site: SiteConfig, locale: Locale): FeedLink[] {
  const words = messagesFor(locale);
  return [
    eventsFeedLink(site, locale),
    { title: words.calendar, href: absoluteUrl(site, sitePaths.eventsCalendar), type: "text/calendar" },
  ];
}

/** The feed of changes to the registry: feed readers look for it in the head of the home page. */
export function changesFeedLink(site: SiteConfig, locale: Locale): FeedLink {
  const words = messagesFor(locale);
  return {
    title: fill(words.feedLinkTitle, { feed: words.rssFeed, name: words.changesFeedTitle }),
    href: absoluteUrl(site, sitePaths.changesFeed),
    type: "application/rss+xml",
  };
}
