import { absoluteUrl, type SiteConfig } from "../../paths/site-config.ts";
import { sitePaths } from "../../paths/site-paths.ts";
import { escapeHtml } from "../../text/escape-html.ts";
import type { OutputContext } from "../output-context.ts";
import { changesFeedOf, eventsFeedOf, type Feed, type FeedItem } from "./feed-items.ts";

/** JSON Feed 1.1 of the events added last, the latest first: `feeds/events.json`, beside the RSS. */
export function eventsJsonFeed(context: OutputContext): object {
  return jsonFeedOf(context.site, eventsFeedOf(context, sitePaths.eventsJsonFeed));
}

/** JSON Feed 1.1 of the newest changes to the registry: `feeds/changes.json`, beside the RSS. */
export function changesJsonFeed(context: OutputContext): object {
  return jsonFeedOf(context.site, changesFeedOf(context, sitePaths.changesJsonFeed));
}

/** A feed as JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), from the same items as its RSS. */
function jsonFeedOf(site: SiteConfig, feed: Feed): object {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    home_page_url: absoluteUrl(site, feed.pagePath),
    feed_url: absoluteUrl(site, feed.sitePath),
    description: feed.description,
    language: "en",
    items: feed.items.map((item) => jsonFeedItem(site, item)),
  };
}

function jsonFeedItem(site: SiteConfig, item: FeedItem): object {
  const { event } = item;
  return {
    id: item.id,
    url: item.url,
    title: item.title,
    content_text: item.paragraphs.map((line) => (item.list ? `- ${line}` : line)).join(item.list ? "\n" : "\n\n"),
    content_html: item.list
      ? `<ul>${item.paragraphs.map((line) => `<li>${escapeHtml(line)}</li>`).join("")}</ul>`
      : item.paragraphs.map((line) => `<p>${escapeHtml(line)}</p>`).join(""),
    date_published: item.published,
    date_modified: item.modified,
    tags: item.categories,
    // JSON Feed's way of adding fields: an object whose name starts with "_", saying where it is described.
    ...(event
      ? {
          _event: {
            about: absoluteUrl(site, `${sitePaths.apiPage}#feeds`),
            start: event.start,
            ...(event.end ? { end: event.end } : {}),
            time_zone: event.timeZone,
            kind: event.kind,
            ...(event.location ? { location: event.location } : {}),
            ...(event.organizers ? { organizers: event.organizers } : {}),
            ...(event.inferred
              ? { inferred: event.inferred.map(({ field, reason }) => ({ field: jsonFeedField[field], reason })) }
              : {}),
          },
        }
      : {}),
  };
}

/** The names the fields of an event have in the `_event` object. */
const jsonFeedField = {
  start: "start",
  end: "end",
  timeZone: "time_zone",
  location: "location",
  organizers: "organizers",
} as const;
