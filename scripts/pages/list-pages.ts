import type { Catalog } from "../catalog/catalog.ts";
import { fill, messagesFor, plural, type Locale } from "../i18n/messages.ts";
import { collectionNames, type CollectionName } from "../records/collections.ts";
import { sitePaths } from "../publish/site-paths.ts";
import { absoluteUrl, type SiteConfig } from "../site-config.ts";
import { compareCodePoints } from "../text/code-point-order.ts";
import { marked, textIn, type LangText } from "./localized-text.ts";
import { pageNav, type ListPaging, type PageNav } from "./list-paging.ts";
import { pageFrame, type FeedLink, type PageFrame } from "./page-frame.ts";
import { eventLine, organizationLink, sourceLink, type EventLine, type Link } from "./record-lines.ts";

export interface DataLinks {
  json: string;
  csv: string;
  ndjson: string;
}

/** What every list page has: its frame, the list's name and size, its data, its place among its pages. */
interface ListPageBase {
  frame: PageFrame;
  /** The list's name, without the page number that a later page's title has. */
  heading: string;
  total: number;
  data: DataLinks;
  page: number;
  /** Links to the list's other pages; none when the list has one page. */
  pageNav?: PageNav;
}

export interface OrganizationListPage extends ListPageBase {
  /** The kinds on this page; `total` counts the kind's organizations on every page. */
  groups: { kind: string; label: string; total: number; organizations: (Link & { status: string })[] }[];
}

export interface EventListPage extends ListPageBase {
  upcoming: EventLine[];
  upcomingTotal: number;
  /** The years on this page, newest first; `total` counts the year's events on every page. */
  pastByYear: { year: string; total: number; events: EventLine[] }[];
  feedHref: string;
  calendarHref: string;
}

export interface SourceListPage extends ListPageBase {
  sources: (Link & { kind: string; publisher?: LangText })[];
}

/** The feed and the calendar of every event, as a page links them in its head. */
function eventsFeedLinks(site: SiteConfig, locale: Locale): FeedLink[] {
  const words = messagesFor(locale);
  return [
    {
      title: fill(words.feedLinkTitle, { feed: words.rssFeed, name: words.eventsFeedTitle }),
      href: absoluteUrl(site, sitePaths.eventsFeed),
      type: "application/rss+xml",
    },
    { title: words.calendar, href: absoluteUrl(site, sitePaths.eventsCalendar), type: "text/calendar" },
  ];
}

/** The feed of changes to the registry: feed readers look for it in the head of the home page. */
function changesFeedLink(site: SiteConfig, locale: Locale): FeedLink {
  const words = messagesFor(locale);
  return {
    title: fill(words.feedLinkTitle, { feed: words.rssFeed, name: words.changesFeedTitle }),
    href: absoluteUrl(site, sitePaths.changesFeed),
    type: "application/rss+xml",
  };
}

function dataLinks(site: SiteConfig, collection: CollectionName): DataLinks {
  return {
    json: absoluteUrl(site, sitePaths.apiCollection(collection)),
    csv: absoluteUrl(site, sitePaths.apiCsv(collection)),
    ndjson: absoluteUrl(site, sitePaths.apiNdjson(collection)),
  };
}

/** What the pages of every list are made from. */
export interface ListSource {
  site: SiteConfig;
  catalog: Catalog;
  paging: ListPaging;
  locale: Locale;
  published: readonly Locale[];
}

/** The frame, heading and place of one page of a collection's list. */
function listPageBase(
  { site, catalog, paging, locale, published }: ListSource,
  collection: CollectionName,
  page: number,
  feeds?: FeedLink[],
): ListPageBase {
  const words = messagesFor(locale);
  const heading = words.nav[collection];
  const pages = paging.pages(collection);
  const nav = pageNav(site, locale, collection, page, pages);
  return {
    frame: pageFrame(
      site,
      {
        locale,
        sitePath: sitePaths.collectionPage(collection, page),
        title:
          page === 1 ? heading : fill(words.listPages.title, { title: heading, page: `${page}`, pages: `${pages}` }),
        section: collection,
        ...(feeds ? { feeds } : {}),
        json: absoluteUrl(site, sitePaths.apiCollection(collection)),
      },
      published,
    ),
    heading,
    total: catalog.liveIds[collection].length,
    data: dataLinks(site, collection),
    page,
    ...(nav ? { pageNav: nav } : {}),
  };
}

/**
 * The order of each list, worked out once per catalog and language rather than once per page:
 * a list of 75,000 events has hundreds of pages, and each takes its slice of the same order.
 */
interface ListOrders {
  /** Upcoming events soonest first, then past ones newest first. */
  events: readonly string[];
  upcomingTotal: number;
  pastPerYear: ReadonlyMap<string, number>;
  /** Organizations by kind, in the order the schema lists the kinds, then by name in each language. */
  organizations: Map<Locale, { ids: readonly string[]; perKind: ReadonlyMap<string, number> }>;
}

const listOrdersOf = new WeakMap<Catalog, ListOrders>();

const upcomingStatuses = new Set(["scheduled", "rescheduled", "postponed"]);

/**
 * Events split by what their status says rather than by the clock, so that the page is the
 * same whenever it is built: scheduled, rescheduled and postponed events are upcoming.
 */
function listOrders(catalog: Catalog): ListOrders {
  let orders = listOrdersOf.get(catalog);
  if (orders) return orders;
  const upcoming: string[] = [];
  const past: string[] = [];
  const pastPerYear = new Map<string, number>();
  // Upcoming events read soonest first; past ones newest first.
  for (let index = catalog.liveEventsNewestFirst.length - 1; index >= 0; index--) {
    const id = catalog.liveEventsNewestFirst[index]!;
    if (upcomingStatuses.has(catalog.events.get(id)!.record.status)) upcoming.push(id);
  }
  for (const id of catalog.liveEventsNewestFirst) {
    const { record } = catalog.events.get(id)!;
    if (upcomingStatuses.has(record.status)) continue;
    past.push(id);
    const year = record.start.slice(0, 4);
    pastPerYear.set(year, (pastPerYear.get(year) ?? 0) + 1);
  }
  orders = { events: [...upcoming, ...past], upcomingTotal: upcoming.length, pastPerYear, organizations: new Map() };
  listOrdersOf.set(catalog, orders);
  return orders;
}

function organizationOrder(site: SiteConfig, catalog: Catalog, locale: Locale) {
  const orders = listOrders(catalog);
  let order = orders.organizations.get(locale);
  if (order) return order;
  const byKind = new Map<string, { id: string; sortKey: string }[]>();
  for (const id of catalog.liveIds.organizations) {
    const { record } = catalog.organizations.get(id)!;
    const list = byKind.get(record.kind) ?? [];
    list.push({ id, sortKey: organizationLink(site, catalog, id, locale).text });
    byKind.set(record.kind, list);
  }
  const ids: string[] = [];
  const perKind = new Map<string, number>();
  for (const kind of Object.keys(messagesFor(locale).organizationKinds)) {
    const list = byKind.get(kind);
    if (!list) continue;
    list.sort((a, b) => compareCodePoints(a.sortKey, b.sortKey));
    for (const { id } of list) ids.push(id);
    perKind.set(kind, list.length);
  }
  order = { ids, perKind };
  orders.organizations.set(locale, order);
  return order;
}

/** Organizations grouped by kind, in the order the schema lists the kinds. */
export function organizationListPage(source: ListSource, page: number): OrganizationListPage {
  const { site, catalog, locale } = source;
  const words = messagesFor(locale);
  const { ids, perKind } = organizationOrder(site, catalog, locale);
  const { start, end } = source.paging.range(page);
  const groups: OrganizationListPage["groups"] = [];
  for (const id of ids.slice(start, end)) {
    const { record } = catalog.organizations.get(id)!;
    let group = groups.at(-1);
    if (group?.kind !== record.kind) {
      group = {
        kind: record.kind,
        label: words.organizationKinds[record.kind],
        total: perKind.get(record.kind)!,
        organizations: [],
      };
      groups.push(group);
    }
    group.organizations.push({
      status: words.organizationStatuses[record.status],
      ...organizationLink(site, catalog, id, locale),
    });
  }
  return {
    groups,
    ...listPageBase(source, "organizations", page),
  };
}

/** Upcoming events first, soonest first, then past events by year, newest first (see `listOrders`). */
export function eventListPage(source: ListSource, page: number): EventListPage {
  const { site, catalog, locale } = source;
  const orders = listOrders(catalog);
  const { start, end } = source.paging.range(page);
  const upcoming: EventLine[] = [];
  const pastByYear: EventListPage["pastByYear"] = [];
  for (let index = start; index < Math.min(end, orders.events.length); index++) {
    const id = orders.events[index]!;
    const line = eventLine(site, catalog, id, locale);
    if (index < orders.upcomingTotal) {
      upcoming.push(line);
      continue;
    }
    const year = catalog.events.get(id)!.record.start.slice(0, 4);
    let group = pastByYear.at(-1);
    if (group?.year !== year) {
      group = { year, total: orders.pastPerYear.get(year)!, events: [] };
      pastByYear.push(group);
    }
    group.events.push(line);
  }
  const feedHref = absoluteUrl(site, sitePaths.eventsFeed);
  const calendarHref = absoluteUrl(site, sitePaths.eventsCalendar);
  return {
    upcoming,
    upcomingTotal: orders.upcomingTotal,
    pastByYear,
    feedHref,
    calendarHref,
    ...listPageBase(source, "events", page, eventsFeedLinks(site, locale)),
  };
}

export function sourceListPage(source: ListSource, page: number): SourceListPage {
  const { site, catalog, locale } = source;
  const words = messagesFor(locale);
  const { start, end } = source.paging.range(page);
  return {
    sources: catalog.liveIds.sources.slice(start, end).map((id) => {
      const { record } = catalog.sources.get(id)!;
      const publisher = record.publisher;
      // Names as credited are kept as written, in the source's language (usually English).
      const publisherName: LangText | undefined = publisher?.organization
        ? textIn(catalog.organizations.get(publisher.organization)!.record.names.display, locale)
        : publisher?.name
          ? marked(publisher.name, "en", locale)
          : undefined;
      return {
        kind: words.sourceKinds[record.kind],
        ...(publisherName ? { publisher: publisherName } : {}),
        ...sourceLink(site, catalog, id, locale),
      };
    }),
    ...listPageBase(source, "sources", page),
  };
}

export interface HomePage {
  frame: PageFrame;
  intro: string;
  counts: { label: string; href: string }[];
  latestEvents: EventLine[];
  eventsHref: string;
  apiHref: string;
  apiIndex: string;
  feedHref: string;
  calendarHref: string;
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
      section: "home",
      feeds: [...eventsFeedLinks(site, locale), changesFeedLink(site, locale)],
      json: absoluteUrl(site, sitePaths.apiIndex),
    },
    published,
  );
  const collectionHref = (collection: CollectionName) =>
    pageFrame(site, { locale, sitePath: sitePaths.collectionPage(collection), title: "", section: "none" }, published)
      .links.href;
  return {
    frame,
    intro: words.homeIntro,
    counts: collectionNames.map((collection) => ({
      label: plural(words.count[collection], catalog.liveIds[collection].length, locale),
      href: collectionHref(collection),
    })),
    latestEvents: catalog.liveEventsNewestFirst.slice(0, 5).map((id) => eventLine(site, catalog, id, locale)),
    eventsHref: collectionHref("events"),
    apiHref: pageFrame(site, { locale, sitePath: sitePaths.apiPage, title: "", section: "none" }, published).links.href,
    apiIndex: absoluteUrl(site, sitePaths.apiIndex),
    feedHref,
    calendarHref,
  };
}
