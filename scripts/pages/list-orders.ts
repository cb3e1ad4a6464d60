import type { Catalog } from "../catalog/catalog.ts";
import { messagesFor, type Locale } from "../i18n/messages.ts";
import type { SiteConfig } from "../paths/site-config.ts";
import { compareCodePoints } from "../text/code-point-order.ts";
import type { CollectionName } from "../records/collections.ts";
import { listFilterForm, type ListFilterForm } from "./list-filters.ts";
import { organizationLink } from "./record-lines.ts";

/** The events of the events list: upcoming ones soonest first, then past ones newest first. */
export interface EventOrder {
  events: readonly string[];
  upcomingTotal: number;
  pastPerYear: ReadonlyMap<string, number>;
}

/** The organizations list in one language: by kind, in the order the schema lists the kinds, then by name. */
export interface OrganizationOrder {
  ids: readonly string[];
  perKind: ReadonlyMap<string, number>;
}

const upcomingStatuses = new Set(["scheduled", "rescheduled", "postponed"]);

/**
 * The order of each list, worked out once per build and language rather than once per page: a
 * list of 75,000 events has hundreds of pages, and each takes its slice of the same order.
 */
export class ListOrders {
  private events: EventOrder | undefined;
  private readonly organizations = new Map<Locale, OrganizationOrder>();
  private readonly filterForms = new Map<string, ListFilterForm>();

  constructor(
    private readonly site: SiteConfig,
    private readonly catalog: Catalog,
  ) {}

  eventOrder(): EventOrder {
    return (this.events ??= eventOrder(this.catalog));
  }

  /** The filters and orders above a collection's list, the same on each of its pages. */
  filterForm(collection: CollectionName, locale: Locale): ListFilterForm {
    const key = `${collection} ${locale}`;
    let form = this.filterForms.get(key);
    if (!form) this.filterForms.set(key, (form = listFilterForm(this.catalog, collection, locale)));
    return form;
  }

  organizationOrder(locale: Locale): OrganizationOrder {
    let order = this.organizations.get(locale);
    if (!order) this.organizations.set(locale, (order = organizationOrder(this.site, this.catalog, locale)));
    return order;
  }
}

/**
 * Events split by what their status says rather than by the clock, so that the page is the
 * same whenever it is built: scheduled, rescheduled and postponed events are upcoming.
 */
export function eventOrder(catalog: Catalog): EventOrder {
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
  return { events: [...upcoming, ...past], upcomingTotal: upcoming.length, pastPerYear };
}

export function organizationOrder(site: SiteConfig, catalog: Catalog, locale: Locale): OrganizationOrder {
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
  return { ids, perKind };
}
