import RSS from "rss";
import { rfc822 } from "../../i18n/human-dates.ts";
import { absoluteUrl, type SiteConfig } from "../../paths/site-config.ts";
import { sitePaths } from "../../paths/site-paths.ts";
import { escapeHtml } from "../../text/escape-html.ts";
import type { OutputContext } from "../output-context.ts";
import { changesFeedOf, eventsFeedOf, organizationFeedOf, type Feed, type FeedItem } from "./feed-items.ts";
import { plainTextElements } from "./rss-plain-text.ts";
import { xmlSafe } from "./xml-text.ts";

/** RSS 1.0's event module, which readers of event feeds know: start, end, place, organizer, type. */
const eventNamespace = "http://purl.org/rss/1.0/modules/event/";

/** RSS 2.0 of the events added last, the latest first: `feeds/events.xml`. */
export function eventsFeed(context: OutputContext): string {
  return rssOf(context.site, eventsFeedOf(context, sitePaths.eventsFeed));
}

/** RSS 2.0 of the events an organization takes part in: `feeds/organizations/<id>.xml`. */
export function organizationFeed(context: OutputContext, organizationId: string): string {
  return rssOf(context.site, organizationFeedOf(context, organizationId));
}

/** RSS 2.0 of the newest changes to the registry, one sentence each: `feeds/changes.xml`. */
export function changesFeed(context: OutputContext): string {
  return rssOf(context.site, changesFeedOf(context, sitePaths.changesFeed));
}

function rssOf(site: SiteConfig, feed: Feed): string {
  const rss = new RSS({
    title: xmlSafe(feed.title),
    description: xmlSafe(feed.description),
    feed_url: absoluteUrl(site, feed.sitePath),
    site_url: absoluteUrl(site, feed.pagePath),
    language: "en",
    generator: "lingang-sci-tech-cluster-registry",
    ...(feed.of === "events" ? { custom_namespaces: { ev: eventNamespace } } : {}),
  });
  for (const item of feed.items) rss.item(rssItem(item));
  // The rss package stamps lastBuildDate with the wall clock; the data's own date keeps builds reproducible.
  return `${plainTextElements(rss.xml()).replace(/<lastBuildDate>[^<]*<\/lastBuildDate>/, `<lastBuildDate>${rfc822(feed.updated)}</lastBuildDate>`)}\n`;
}

function rssItem(item: FeedItem): RSS.ItemOptions {
  const { event } = item;
  return {
    title: xmlSafe(item.title),
    description: xmlSafe(
      item.list
        ? `<ul>${item.paragraphs.map((line) => `<li>${escapeHtml(line)}</li>`).join("")}</ul>`
        : item.paragraphs.map((line) => `<p>${escapeHtml(line)}</p>`).join(""),
    ),
    url: item.url,
    guid: item.id,
    date: new Date(item.published),
    categories: [...item.categories],
    ...(event
      ? {
          custom_elements: [
            { "ev:startdate": event.start },
            ...(event.end ? [{ "ev:enddate": event.end }] : []),
            ...(event.location ? [{ "ev:location": xmlSafe(event.location) }] : []),
            ...(event.organizers ? [{ "ev:organizer": xmlSafe(event.organizers) }] : []),
            { "ev:type": event.kind },
          ],
        }
      : {}),
  };
}
