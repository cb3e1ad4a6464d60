import RSS from "rss";
import type { Catalog, CatalogEntry } from "../../catalog/catalog.ts";
import { fill, messages } from "../../i18n/messages.ts";
import { absoluteUrl, type SiteConfig } from "../../paths/site-config.ts";
import { rfc822 } from "../../i18n/human-dates.ts";
import { sitePaths } from "../../paths/site-paths.ts";
import { localized, organizersText, participantsText, whenText, whereText } from "./event-lines.ts";
import { escapeHtml } from "../../text/escape-html.ts";
import { paragraphs } from "../../text/paragraphs.ts";
import { xmlSafe } from "./xml-text.ts";
import { changeItem } from "../api/change-documents.ts";
import { describeFields } from "../../history/describe-change.ts";
import { recordNames } from "../../catalog/record-names.ts";
import { cacheSlot } from "../output-cache.ts";
import type { OutputContext } from "../output-context.ts";
import { compareCodePoints } from "../../text/code-point-order.ts";

const eventNamespace = "http://purl.org/rss/1.0/modules/event/";

/**
 * Feeds carry the events added last only, as feed readers expect; the calendar files and the API
 * hold every event.
 */
export const feedItemLimit = 100;

/** A feed's channel: what it is, where it is published, and the page it stands for. */
interface Channel {
  title: string;
  description: string;
  sitePath: string;
  pagePath: string;
  /** Namespaces of the elements the items use beyond RSS 2.0. */
  namespaces?: Record<string, string>;
}

interface EventFeedOptions extends Channel {
  eventIds: readonly string[];
  /** The newest change to anything in the feed: the channel's lastBuildDate. */
  updated: string;
}

function rssChannel(site: SiteConfig, channel: Channel): RSS {
  return new RSS({
    title: xmlSafe(channel.title),
    description: xmlSafe(channel.description),
    feed_url: absoluteUrl(site, channel.sitePath),
    site_url: absoluteUrl(site, channel.pagePath),
    language: "en",
    generator: "lingang-sci-tech-cluster-registry",
    ...(channel.namespaces ? { custom_namespaces: channel.namespaces } : {}),
  });
}

/** The feed's XML, dated by the data: the rss package stamps lastBuildDate with the wall clock. */
function feedXml(feed: RSS, updated: string): string {
  return `${feed
    .xml()
    .replace(/<lastBuildDate>[^<]*<\/lastBuildDate>/, `<lastBuildDate>${rfc822(updated)}</lastBuildDate>`)}\n`;
}

/** RSS 2.0 of the events added last, the latest first: `feeds/events.xml`. */
export function eventsFeed(context: OutputContext): string {
  const { catalog } = context;
  return eventFeed(context, {
    title: `${messages.en.siteName}: ${messages.en.eventsFeedTitle}`,
    description: messages.en.eventsFeedDescription,
    sitePath: sitePaths.eventsFeed,
    pagePath: sitePaths.collectionPage("events"),
    eventIds: latestAddedFirst(catalog, catalog.liveEventsNewestFirst).slice(0, feedItemLimit),
    updated: catalog.dataUpdated,
  });
}

/** RSS 2.0 of the events an organization takes part in: `feeds/organizations/<id>.xml`. */
export function organizationFeed(context: OutputContext, organizationId: string): string {
  const { catalog } = context;
  const organization = catalog.organizations.get(organizationId)!;
  const relations = catalog.organizationRelations.get(organizationId)!;
  const involved = new Set([...relations.events.map((role) => role.event), ...relations.speakerAt]);
  const live = [...involved].filter((id) => catalog.events.get(id)!.live);
  const eventIds = latestAddedFirst(catalog, live).slice(0, feedItemLimit);
  const name = localized(organization.record.names.display, "en");
  const updated = [organization.dates.updated, ...eventIds.map((id) => catalog.events.get(id)!.dates.updated)]
    .sort()
    .at(-1)!;
  return eventFeed(context, {
    title: `${messages.en.siteName}: ${fill(messages.en.organizationFeedTitle, { name })}`,
    description: fill(messages.en.organizationFeedDescription, { name }),
    sitePath: sitePaths.organizationFeed(organizationId),
    pagePath: sitePaths.recordPage("organizations", organizationId),
    eventIds,
    updated,
  });
}

/**
 * Events in the order they were added to the registry, the latest first (ties by id). An item's
 * date is when it was published, not when its event takes place: ordered by start, the feed
 * would be dated in the future and an event added late with an earlier start would never show.
 */
function latestAddedFirst(catalog: Catalog, ids: readonly string[]): string[] {
  return ids
    .map((id) => ({ id, at: Date.parse(catalog.events.get(id)!.dates.created) }))
    .sort((a, b) => b.at - a.at || compareCodePoints(a.id, b.id))
    .map((event) => event.id);
}

function eventFeed(context: OutputContext, options: EventFeedOptions): string {
  const feed = rssChannel(context.site, { ...options, namespaces: { ev: eventNamespace } });
  for (const id of options.eventIds) feed.item(eventItem(context, context.catalog.events.get(id)!));
  return feedXml(feed, options.updated);
}

/**
 * An event as a feed item, kept per catalog entry for rebuilds: an event shows in the feed of
 * every organization taking part in it, and in the feed of all events.
 */
const eventItems = cacheSlot<CatalogEntry<"events">, RSS.ItemOptions>("feed items", "rebuilds");

function eventItem(context: OutputContext, entry: CatalogEntry<"events">): RSS.ItemOptions {
  const kept = context.cache.get(eventItems, entry);
  if (kept) return kept;
  const { site, catalog } = context;
  const { record, id } = entry;
  const where = whereText(record, "en");
  const who = participantsText(record, catalog, "en");
  const organizers = organizersText(record, catalog, "en");
  const lines = [
    `${messages.en.when}: ${whenText(record, "en")}`,
    ...(where ? [`${messages.en.where}: ${where}`] : []),
    ...(who ? [`${messages.en.fields.participants}: ${who}`] : []),
    // One paragraph of the description a <p>, as on the event's page.
    ...(record.description ? paragraphs(localized(record.description, "en")) : []),
  ];
  const item: RSS.ItemOptions = {
    title: xmlSafe(localized(record.title, "en")),
    description: xmlSafe(lines.map((line) => `<p>${escapeHtml(line)}</p>`).join("")),
    url: absoluteUrl(site, sitePaths.recordPage("events", id)),
    // The page of the record's first id, which redirects after a rename: readers that know the
    // item by its guid do not show it again as new.
    guid: absoluteUrl(site, sitePaths.recordPage("events", entry.firstId)),
    // When the event was added; when it takes place is in ev:startdate.
    date: new Date(entry.dates.created),
    categories: [messages.en.eventKinds[record.kind], messages.en.eventStatuses[record.status]],
    custom_elements: [
      { "ev:startdate": record.start },
      ...(record.end ? [{ "ev:enddate": record.end }] : []),
      ...(where ? [{ "ev:location": xmlSafe(where) }] : []),
      ...(organizers ? [{ "ev:organizer": xmlSafe(organizers) }] : []),
      { "ev:type": record.kind },
    ],
  };
  return context.cache.keep(eventItems, entry, item);
}

/** How many of the newest changes the changes feed carries; the API pages hold the rest. */
const changesInFeed = 50;

/** RSS 2.0 of the newest changes to the registry, one sentence each: `feeds/changes.xml`. */
export function changesFeed(context: OutputContext): string {
  const { site, catalog } = context;
  const feed = rssChannel(site, {
    title: `${messages.en.siteName}: ${messages.en.changesFeedTitle}`,
    description: messages.en.changesFeedDescription,
    sitePath: sitePaths.changesFeed,
    pagePath: sitePaths.home,
  });
  const newest = catalog.history.changes.slice(-changesInFeed).reverse();
  for (const entry of newest) {
    const item = changeItem(context, entry);
    feed.item({
      title: xmlSafe(item.summary),
      description: xmlSafe(
        item.fields.length
          ? `<ul>${describeFields(entry.fields, entry.record, recordNames(catalog))
              .map((phrase) => `<li>${escapeHtml(phrase)}</li>`)
              .join("")}</ul>`
          : `<p>${escapeHtml(item.summary)}</p>`,
      ),
      url: item.links?.html ?? absoluteUrl(site, sitePaths.apiChanges),
      // Several records can change in one commit: the guid names both.
      guid: `${entry.commit}/${item.type}/${entry.id}`,
      date: new Date(entry.date),
      categories: [item.change, messages.en.recordTypes[entry.collection]],
    });
  }
  return feedXml(feed, catalog.dataUpdated);
}
