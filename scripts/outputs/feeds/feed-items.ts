import type { Catalog, CatalogEntry } from "../../catalog/catalog.ts";
import { inferredValuesOf } from "../../catalog/known-facts.ts";
import { recordNames } from "../../catalog/record-names.ts";
import { changeIdentifier, eventIdentifier } from "../../contract/stable-identifiers.ts";
import { describeFields } from "../../history/describe-change.ts";
import type { ChangeEntry } from "../../history/registry-history.ts";
import { fill, messages } from "../../i18n/messages.ts";
import { absoluteUrl } from "../../paths/site-config.ts";
import { sitePaths } from "../../paths/site-paths.ts";
import { compareCodePoints } from "../../text/code-point-order.ts";
import { paragraphs } from "../../text/paragraphs.ts";
import { changeItem } from "../api/change-documents.ts";
import { cacheSlot } from "../output-cache.ts";
import type { OutputContext } from "../output-context.ts";
import { localized, organizersText, participantsText, whenText, whereText } from "./event-lines.ts";

/**
 * What every feed says of an item, whatever its format (RSS 2.0, JSON Feed 1.1): one model, so
 * that the formats cannot tell different stories. Text is plain; each format escapes it.
 */
export interface FeedItem {
  /** Stable across moves of the site and renames of the record (see `stable-identifiers.ts`). */
  id: string;
  url: string;
  title: string;
  /** The item's text, a paragraph each. */
  paragraphs: readonly string[];
  /** Whether the paragraphs are a list (the fields a change touched) rather than prose. */
  list: boolean;
  /** When the item was published: an event when it was added, not when it takes place. */
  published: string;
  modified: string;
  categories: readonly string[];
  /** For an event: when and where it takes place, and who puts it on. */
  event?: {
    start: string;
    end?: string;
    timeZone: string;
    kind: string;
    location?: string;
    organizers?: string;
    /** Which of these rest on inference rather than on what a source says, and why (in English). */
    inferred?: { field: "start" | "end" | "timeZone" | "location" | "organizers"; reason: string }[];
  };
}

/** A feed: what it is, where it is published, the page it stands for, and its items, the latest first. */
export interface Feed {
  /** A feed of events, or of changes to the registry. */
  of: "events" | "changes";
  title: string;
  description: string;
  sitePath: string;
  pagePath: string;
  items: readonly FeedItem[];
  /** The newest change to anything in the feed. */
  updated: string;
}

/**
 * Feeds carry the events added last only, as feed readers expect; the calendar files and the API
 * hold every event.
 */
export const feedItemLimit = 100;

/** How many of the newest changes the changes feeds carry; the API pages hold the rest. */
export const changesInFeed = 50;

/** The events added last, the latest first: `feeds/events.xml` and `feeds/events.json`. */
export function eventsFeedOf(context: OutputContext, sitePath: string): Feed {
  const { catalog } = context;
  const eventIds = latestAddedFirst(catalog, catalog.liveEventsNewestFirst).slice(0, feedItemLimit);
  return {
    of: "events",
    title: `${messages.en.siteName}: ${messages.en.eventsFeedTitle}`,
    description: messages.en.eventsFeedDescription,
    sitePath,
    pagePath: sitePaths.collectionPage("events"),
    items: eventIds.map((id) => eventFeedItem(context, catalog.events.get(id)!)),
    updated: catalog.dataUpdated,
  };
}

/** The events an organization takes part in, or spoke at, added last: `feeds/organizations/<id>.xml`. */
export function organizationFeedOf(context: OutputContext, organizationId: string): Feed {
  const { catalog } = context;
  const organization = catalog.organizations.get(organizationId)!;
  const relations = catalog.organizationRelations.get(organizationId)!;
  const involved = new Set([...relations.events.map((role) => role.event), ...relations.speakerAt]);
  const live = [...involved].filter((id) => catalog.events.get(id)!.live);
  const eventIds = latestAddedFirst(catalog, live).slice(0, feedItemLimit);
  const name = localized(organization.record.names.display, "en");
  return {
    of: "events",
    title: `${messages.en.siteName}: ${fill(messages.en.organizationFeedTitle, { name })}`,
    description: fill(messages.en.organizationFeedDescription, { name }),
    sitePath: sitePaths.organizationFeed(organizationId),
    pagePath: sitePaths.recordPage("organizations", organizationId),
    items: eventIds.map((id) => eventFeedItem(context, catalog.events.get(id)!)),
    updated: [organization.dates.updated, ...eventIds.map((id) => catalog.events.get(id)!.dates.updated)]
      .sort()
      .at(-1)!,
  };
}

/** The newest changes to the registry, the latest first: `feeds/changes.xml` and `feeds/changes.json`. */
export function changesFeedOf(context: OutputContext, sitePath: string): Feed {
  const { catalog } = context;
  return {
    of: "changes",
    title: `${messages.en.siteName}: ${messages.en.changesFeedTitle}`,
    description: messages.en.changesFeedDescription,
    sitePath,
    pagePath: sitePaths.home,
    items: catalog.history.changes
      .slice(-changesInFeed)
      .reverse()
      .map((change) => changeFeedItem(context, change)),
    updated: catalog.dataUpdated,
  };
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

/**
 * An event as a feed item, kept per catalog entry for rebuilds: an event shows in the feed of
 * every organization taking part in it, and in the feeds of all events.
 */
const eventItems = cacheSlot<CatalogEntry<"events">, FeedItem>("feed items", "rebuilds");

function eventFeedItem(context: OutputContext, entry: CatalogEntry<"events">): FeedItem {
  const kept = context.cache.get(eventItems, entry);
  if (kept) return kept;
  const { site, catalog } = context;
  const { record } = entry;
  const where = whereText(record, "en");
  const who = participantsText(record, catalog, "en");
  const organizers = organizersText(record, catalog, "en");
  const reasonOf = inferenceReasons(catalog, entry);
  const description = record.description ? paragraphs(localized(record.description, "en")) : [];
  const descriptionReason = reasonOf(["/description"]);
  if (descriptionReason) description.push(inferredNote(descriptionReason));
  // The fields the item's `event` holds, each with the record's fields it is made of.
  const eventFields = [
    ["start", ["/start"]],
    ["timeZone", ["/timeZone"]],
    ...(record.end ? [["end", ["/end"]] as const] : []),
    ...(where ? [["location", ["/location"]] as const] : []),
    ...(organizers ? [["organizers", ["/participants"]] as const] : []),
  ] as const;
  const inferred = eventFields.flatMap(([field, pointers]) => {
    const reason = reasonOf(pointers);
    return reason ? [{ field, reason }] : [];
  });
  const item: FeedItem = {
    id: eventIdentifier(entry),
    url: absoluteUrl(site, sitePaths.recordPage("events", entry.id)),
    title: localized(record.title, "en"),
    paragraphs: [
      `${messages.en.when}: ${withNote(whenText(record, "en"), reasonOf(["/start", "/end", "/timeZone"]))}`,
      ...(where ? [`${messages.en.where}: ${withNote(where, reasonOf(["/location"]))}`] : []),
      ...(who ? [`${messages.en.fields.participants}: ${withNote(who, reasonOf(["/participants"]))}`] : []),
      // One paragraph of the description a paragraph of the item, as on the event's page.
      ...description,
    ],
    list: false,
    published: entry.dates.created,
    modified: entry.dates.updated,
    categories: [messages.en.eventKinds[record.kind], messages.en.eventStatuses[record.status]],
    event: {
      start: record.start,
      ...(record.end ? { end: record.end } : {}),
      timeZone: record.timeZone,
      kind: record.kind,
      ...(where ? { location: where } : {}),
      ...(organizers ? { organizers } : {}),
      ...(inferred.length ? { inferred } : {}),
    },
  };
  return context.cache.keep(eventItems, entry, item);
}

/** The English reasons of the inferred values at or beneath some fields of an event, or none. */
function inferenceReasons(catalog: Catalog, entry: CatalogEntry<"events">) {
  const inferredValues = inferredValuesOf(catalog, entry);
  return (pointers: readonly string[]): string | undefined => {
    const reasons = inferredValues(pointers).flatMap((value) => value.reasons.map((reason) => localized(reason, "en")));
    return reasons.length ? [...new Set(reasons)].join("; ") : undefined;
  };
}

/** "(inferred: held in Shanghai)": what a feed says after text that rests on inference. */
function inferredNote(reason: string): string {
  return `(${messages.en.inferred}: ${reason})`;
}

function withNote(text: string, reason: string | undefined): string {
  return reason ? `${text} ${inferredNote(reason)}` : text;
}

/** A change as a feed item: its sentence, and the phrase of each field it touched. */
function changeFeedItem(context: OutputContext, change: ChangeEntry): FeedItem {
  const item = changeItem(context, change);
  const fields = describeFields(change.fields, change.record, recordNames(context.catalog));
  return {
    id: changeIdentifier(change),
    url: item.links?.html ?? absoluteUrl(context.site, sitePaths.apiChanges),
    title: item.summary,
    paragraphs: fields.length ? fields : [item.summary],
    list: fields.length > 0,
    published: change.date,
    modified: change.date,
    categories: [item.change, messages.en.recordTypes[change.collection]],
  };
}
