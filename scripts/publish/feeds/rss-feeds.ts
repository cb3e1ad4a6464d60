import RSS from "rss";
import { firstIdOf, isWithdrawn, type Catalog, type CatalogEntry } from "../../catalog/catalog.ts";
import { fill, messages } from "../../i18n/messages.ts";
import { absoluteUrl, type SiteConfig } from "../../site-config.ts";
import { rfc822 } from "../../text/human-dates.ts";
import { sitePaths } from "../site-paths.ts";
import { localized, organizersText, participantsText, whenText, whereText } from "./event-lines.ts";
import { escapeHtml } from "../../text/escape-html.ts";
import { paragraphs } from "../../text/paragraphs.ts";
import { xmlSafe } from "./xml-text.ts";
import { changeItem } from "../api/change-documents.ts";
import { describeFieldChange } from "../../history/describe-change.ts";
import { KeptPieces } from "../kept-pieces.ts";
import { compareCodePoints } from "../../text/code-point-order.ts";

const eventNamespace = "http://purl.org/rss/1.0/modules/event/";

/**
 * Feeds carry the events added last only, as feed readers expect; the calendar files and the API
 * hold every event.
 */
export const feedItemLimit = 100;

interface FeedOptions {
  title: string;
  description: string;
  sitePath: string;
  pagePath: string;
  eventIds: readonly string[];
  /** The newest change to anything in the feed: the channel's lastBuildDate. */
  updated: string;
}

/** RSS 2.0 of the events added last, the latest first: `feeds/events.xml`. */
export function eventsFeed(site: SiteConfig, catalog: Catalog): string {
  return renderFeed(site, catalog, {
    title: `${messages.en.siteName}: ${messages.en.eventsFeedTitle}`,
    description: messages.en.eventsFeedDescription,
    sitePath: sitePaths.eventsFeed,
    pagePath: sitePaths.collectionPage("events"),
    eventIds: latestAddedFirst(catalog, catalog.liveEventsNewestFirst).slice(0, feedItemLimit),
    updated: catalog.dataUpdated,
  });
}

/** RSS 2.0 of the events an organization takes part in: `feeds/organizations/<id>.xml`. */
export function organizationFeed(site: SiteConfig, catalog: Catalog, organizationId: string): string {
  const organization = catalog.organizations.get(organizationId)!;
  const relations = catalog.organizationRelations.get(organizationId)!;
  const involved = new Set([...relations.events.map((role) => role.event), ...relations.speakerAt]);
  const live = [...involved].filter((id) => !isWithdrawn(catalog.events.get(id)!));
  const eventIds = latestAddedFirst(catalog, live).slice(0, feedItemLimit);
  const name = localized(organization.record.names.display, "en");
  const updated = [organization.dates.updated, ...eventIds.map((id) => catalog.events.get(id)!.dates.updated)]
    .sort()
    .at(-1)!;
  return renderFeed(site, catalog, {
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

function renderFeed(site: SiteConfig, catalog: Catalog, options: FeedOptions): string {
  const feed = new RSS({
    title: xmlSafe(options.title),
    description: xmlSafe(options.description),
    feed_url: absoluteUrl(site, options.sitePath),
    site_url: absoluteUrl(site, options.pagePath),
    language: "en",
    generator: "lingang-sci-tech-cluster-registry",
    custom_namespaces: { ev: eventNamespace },
  });
  for (const id of options.eventIds) feed.item(eventItem(site, catalog, catalog.events.get(id)!));
  // The rss package stamps lastBuildDate with the wall clock; the data's own date keeps builds reproducible.
  return `${feed
    .xml()
    .replace(/<lastBuildDate>[^<]*<\/lastBuildDate>/, `<lastBuildDate>${rfc822(options.updated)}</lastBuildDate>`)}\n`;
}

/**
 * An event as a feed item, kept per catalog entry: an event shows in the feed of every
 * organization taking part in it, and in the feed of all events. (A new catalog has new entries.)
 */
const eventItems = new KeptPieces<CatalogEntry<"events">, { site: SiteConfig; item: RSS.ItemOptions }>();

function eventItem(site: SiteConfig, catalog: Catalog, entry: CatalogEntry<"events">): RSS.ItemOptions {
  const kept = eventItems.get(entry);
  if (kept?.site === site) return kept.item;
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
    guid: absoluteUrl(site, sitePaths.recordPage("events", firstIdOf(entry))),
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
  eventItems.set(entry, { site, item });
  return item;
}

/** How many of the newest changes the changes feed carries; the API pages hold the rest. */
const changesInFeed = 50;

/** RSS 2.0 of the newest changes to the registry, one sentence each: `feeds/changes.xml`. */
export function changesFeed(site: SiteConfig, catalog: Catalog): string {
  const feed = new RSS({
    title: xmlSafe(`${messages.en.siteName}: ${messages.en.changesFeedTitle}`),
    description: messages.en.changesFeedDescription,
    feed_url: absoluteUrl(site, sitePaths.changesFeed),
    site_url: absoluteUrl(site, sitePaths.home),
    language: "en",
    generator: "lingang-sci-tech-cluster-registry",
  });
  const newest = catalog.history.changes.slice(-changesInFeed).reverse();
  for (const entry of newest) {
    const item = changeItem(site, catalog, entry);
    feed.item({
      title: xmlSafe(item.summary),
      description: xmlSafe(
        item.fields.length
          ? `<ul>${entry.fields.map((field) => `<li>${escapeHtml(describeFieldChange(field))}</li>`).join("")}</ul>`
          : `<p>${escapeHtml(item.summary)}</p>`,
      ),
      url: item.links?.html ?? absoluteUrl(site, sitePaths.apiChanges),
      // Several records can change in one commit: the guid names both.
      guid: `${entry.commit}/${item.type}/${entry.id}`,
      date: new Date(entry.date),
      categories: [item.change, messages.en.recordTypes[entry.collection]],
    });
  }
  return `${feed
    .xml()
    .replace(
      /<lastBuildDate>[^<]*<\/lastBuildDate>/,
      `<lastBuildDate>${rfc822(catalog.dataUpdated)}</lastBuildDate>`,
    )}\n`;
}
