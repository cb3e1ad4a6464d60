import type { Catalog } from "../catalog/catalog.ts";
import { marked, textIn, type LangText } from "../i18n/localized-text.ts";
import { fill, messagesFor, type Locale } from "../i18n/messages.ts";
import type { ListPaging } from "../paths/list-paging.ts";
import { absoluteUrl, type SiteConfig } from "../paths/site-config.ts";
import { sitePaths } from "../paths/site-paths.ts";
import type { CollectionName } from "../records/collections.ts";
import { eventsFeedLinks } from "./feed-links.ts";
import { rowFacets, type ListFilterForm, type RowFacets } from "./list-filters.ts";
import type { ListOrders } from "./list-orders.ts";
import { pageFrame, type FeedLink, type PageFrame } from "./page-frame.ts";
import { pageNav, type PageNav } from "./page-navigation.ts";
import { eventLine, organizationLink, sourceLink, type EventLine, type Link } from "./record-lines.ts";
import { inferenceMarks, statusText, type Inference } from "./inferences.ts";
import { siteDescription } from "./registry-intro.ts";

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
  /** The form that narrows and orders the list in the browser; each row carries its `facets`. */
  filterForm: ListFilterForm;
}

export interface OrganizationListPage extends ListPageBase {
  /** The kinds on this page; `total` counts the kind's organizations on every page. */
  groups: { kind: string; label: string; total: number; organizations: OrganizationListItem[] }[];
}

/**
 * An organization in the list of its kind: its status (as of its sources' date), and the kind
 * and the status marked when they are inferred.
 */
export type OrganizationListItem = Link & {
  status: string;
  statusInferred?: Inference;
  kindInferred?: Inference;
  facets: RowFacets;
};

export interface EventListPage extends ListPageBase {
  upcoming: FacetedEventLine[];
  upcomingTotal: number;
  /** The years on this page, newest first; `total` counts the year's events on every page. */
  pastByYear: { year: string; total: number; events: FacetedEventLine[] }[];
  feedHref: string;
  calendarHref: string;
}

export interface SourceListPage extends ListPageBase {
  sources: (Link & { kind: string; publisher?: LangText; facets: RowFacets })[];
}

export type FacetedEventLine = EventLine & { facets: RowFacets };

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
  orders: ListOrders;
  locale: Locale;
  published: readonly Locale[];
}

/** The frame, heading and place of one page of a collection's list. */
function listPageBase(
  { site, catalog, paging, orders, locale, published }: ListSource,
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
        description: siteDescription(catalog, locale),
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
    filterForm: orders.filterForm(collection, locale),
  };
}

/** Organizations grouped by kind, in the order the schema lists the kinds. */
export function organizationListPage(source: ListSource, page: number): OrganizationListPage {
  const { site, catalog, locale } = source;
  const words = messagesFor(locale);
  const { ids, perKind } = source.orders.organizationOrder(locale);
  const { start, end } = source.paging.range(page);
  const groups: OrganizationListPage["groups"] = [];
  for (const id of ids.slice(start, end)) {
    const entry = catalog.organizations.get(id)!;
    const { record } = entry;
    let group = groups.at(-1);
    if (group?.kind !== record.kind) {
      group = {
        kind: record.kind,
        // "Other" alone reads as a leftover: a heading says what the group holds.
        label: record.kind === "other" ? words.finding.otherOrganizations : words.organizationKinds[record.kind],
        total: perKind.get(record.kind)!,
        organizations: [],
      };
      groups.push(group);
    }
    const marked = inferenceMarks(catalog, entry, locale);
    const statusInferred = marked("/status");
    const kindInferred = marked("/kind");
    group.organizations.push({
      status: statusText(catalog, entry, locale),
      ...(statusInferred ? { statusInferred } : {}),
      ...(kindInferred ? { kindInferred } : {}),
      facets: rowFacets(catalog, "organizations", id),
      ...organizationLink(site, catalog, id, locale),
    });
  }
  return {
    groups,
    ...listPageBase(source, "organizations", page),
  };
}

/** Upcoming events first, soonest first, then past events by year, newest first (see `eventOrder`). */
export function eventListPage(source: ListSource, page: number): EventListPage {
  const { site, catalog, locale } = source;
  const orders = source.orders.eventOrder();
  const { start, end } = source.paging.range(page);
  const upcoming: FacetedEventLine[] = [];
  const pastByYear: EventListPage["pastByYear"] = [];
  for (let index = start; index < Math.min(end, orders.events.length); index++) {
    const id = orders.events[index]!;
    const line = { facets: rowFacets(catalog, "events", id), ...eventLine(site, catalog, id, locale) };
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
          ? marked(publisher.name, record.language ?? "en", locale)
          : undefined;
      return {
        kind: words.sourceKinds[record.kind],
        facets: rowFacets(catalog, "sources", id),
        ...(publisherName ? { publisher: publisherName } : {}),
        ...sourceLink(site, catalog, id, locale),
      };
    }),
    ...listPageBase(source, "sources", page),
  };
}
