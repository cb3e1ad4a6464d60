import { isWithdrawn, type Catalog } from "../catalog/catalog.ts";
import { fill, messagesFor, plural, type Locale } from "../i18n/messages.ts";
import { collectionNames, type CollectionName } from "../records/collections.ts";
import { sitePaths } from "../publish/site-paths.ts";
import { absoluteUrl, type SiteConfig } from "../site-config.ts";
import { compareCodePoints } from "../text/code-point-order.ts";
import { marked, textIn, type LangText } from "./localized-text.ts";
import { pageFrame, type PageFrame } from "./page-frame.ts";
import { eventLine, organizationLink, sourceLink, type EventLine, type Link } from "./record-lines.ts";

export interface DataLinks {
  json: string;
  csv: string;
  ndjson: string;
}

export interface OrganizationListPage {
  frame: PageFrame;
  total: number;
  groups: { kind: string; label: string; organizations: (Link & { status: string })[] }[];
  data: DataLinks;
}

export interface EventListPage {
  frame: PageFrame;
  total: number;
  upcoming: EventLine[];
  pastByYear: { year: string; events: EventLine[] }[];
  data: DataLinks;
  feedHref: string;
  calendarHref: string;
}

export interface SourceListPage {
  frame: PageFrame;
  total: number;
  sources: (Link & { kind: string; publisher?: LangText })[];
  data: DataLinks;
}

function dataLinks(site: SiteConfig, collection: CollectionName): DataLinks {
  return {
    json: absoluteUrl(site, sitePaths.apiCollection(collection)),
    csv: absoluteUrl(site, sitePaths.apiCsv(collection)),
    ndjson: absoluteUrl(site, sitePaths.apiNdjson(collection)),
  };
}

/** Organizations grouped by kind, in the order the schema lists the kinds. */
export function organizationListPage(
  site: SiteConfig,
  catalog: Catalog,
  locale: Locale,
  published: readonly Locale[],
): OrganizationListPage {
  const words = messagesFor(locale);
  const byKind = new Map<string, (Link & { status: string; sortKey: string })[]>();
  for (const entry of catalog.organizations.values()) {
    if (isWithdrawn(entry)) continue;
    const link = organizationLink(site, catalog, entry.id, locale);
    const list = byKind.get(entry.record.kind) ?? [];
    list.push({ ...link, status: words.organizationStatuses[entry.record.status], sortKey: link.text });
    byKind.set(entry.record.kind, list);
  }
  const groups = Object.keys(words.organizationKinds)
    .filter((kind) => byKind.has(kind))
    .map((kind) => ({
      kind,
      label: words.organizationKinds[kind as keyof typeof words.organizationKinds],
      organizations: byKind
        .get(kind)!
        .sort((a, b) => compareCodePoints(a.sortKey, b.sortKey))
        .map(({ sortKey: _sortKey, ...link }) => link),
    }));
  return {
    frame: pageFrame(
      site,
      {
        locale,
        sitePath: sitePaths.collectionPage("organizations"),
        title: words.nav.organizations,
        section: "organizations",
        json: absoluteUrl(site, sitePaths.apiCollection("organizations")),
      },
      published,
    ),
    total: catalog.liveIds.organizations.length,
    groups,
    data: dataLinks(site, "organizations"),
  };
}

const upcomingStatuses = new Set(["scheduled", "rescheduled", "postponed"]);

/**
 * Events split by what their status says rather than by the clock, so that the page is the
 * same whenever it is built: scheduled, rescheduled and postponed events are upcoming.
 */
export function eventListPage(
  site: SiteConfig,
  catalog: Catalog,
  locale: Locale,
  published: readonly Locale[],
): EventListPage {
  const words = messagesFor(locale);
  const upcoming: EventLine[] = [];
  const pastByYear = new Map<string, EventLine[]>();
  // Upcoming events read soonest first; past ones newest first.
  for (const id of [...catalog.liveEventsNewestFirst].reverse()) {
    const { record } = catalog.events.get(id)!;
    if (upcomingStatuses.has(record.status)) upcoming.push(eventLine(site, catalog, id, locale));
  }
  for (const id of catalog.liveEventsNewestFirst) {
    const { record } = catalog.events.get(id)!;
    if (upcomingStatuses.has(record.status)) continue;
    const year = record.start.slice(0, 4);
    const list = pastByYear.get(year) ?? [];
    list.push(eventLine(site, catalog, id, locale));
    pastByYear.set(year, list);
  }
  const feedHref = absoluteUrl(site, sitePaths.eventsFeed);
  const calendarHref = absoluteUrl(site, sitePaths.eventsCalendar);
  return {
    frame: pageFrame(
      site,
      {
        locale,
        sitePath: sitePaths.collectionPage("events"),
        title: words.nav.events,
        section: "events",
        feeds: [
          {
            title: fill(words.feedLinkTitle, { feed: words.rssFeed, name: words.eventsFeedTitle }),
            href: feedHref,
            type: "application/rss+xml",
          },
          { title: words.calendar, href: calendarHref, type: "text/calendar" },
        ],
        json: absoluteUrl(site, sitePaths.apiCollection("events")),
      },
      published,
    ),
    total: catalog.liveIds.events.length,
    upcoming,
    pastByYear: [...pastByYear].map(([year, events]) => ({ year, events })),
    data: dataLinks(site, "events"),
    feedHref,
    calendarHref,
  };
}

export function sourceListPage(
  site: SiteConfig,
  catalog: Catalog,
  locale: Locale,
  published: readonly Locale[],
): SourceListPage {
  const words = messagesFor(locale);
  return {
    frame: pageFrame(
      site,
      {
        locale,
        sitePath: sitePaths.collectionPage("sources"),
        title: words.nav.sources,
        section: "sources",
        json: absoluteUrl(site, sitePaths.apiCollection("sources")),
      },
      published,
    ),
    total: catalog.liveIds.sources.length,
    sources: [...catalog.sources.values()]
      .filter((entry) => !isWithdrawn(entry))
      .map((entry) => {
        const publisher = entry.record.publisher;
        // Names as credited are kept as written, in the source's language (usually English).
        const publisherName: LangText | undefined = publisher?.organization
          ? textIn(catalog.organizations.get(publisher.organization)!.record.names.display, locale)
          : publisher?.name
            ? marked(publisher.name, "en", locale)
            : undefined;
        return {
          ...sourceLink(site, catalog, entry.id, locale),
          kind: words.sourceKinds[entry.record.kind],
          ...(publisherName ? { publisher: publisherName } : {}),
        };
      }),
    data: dataLinks(site, "sources"),
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
      feeds: [
        {
          title: fill(words.feedLinkTitle, { feed: words.rssFeed, name: words.eventsFeedTitle }),
          href: feedHref,
          type: "application/rss+xml",
        },
        { title: words.calendar, href: calendarHref, type: "text/calendar" },
      ],
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
