import type { Catalog } from "../../catalog/catalog.ts";
import { displayName } from "../../i18n/display-names.ts";
import { messages, type Locale } from "../../i18n/messages.ts";
import type { Event } from "../../records/types.generated.ts";
import { humanDateRange } from "../../i18n/human-dates.ts";

/** Text in the locale, else English: names and titles always have an English form. */
export function localized(text: { en?: string; [language: string]: string | undefined }, locale: Locale): string {
  return text[locale] ?? text.en ?? Object.values(text)[0] ?? "";
}

/** "6 November 2023 (Asia/Shanghai)": the local date, with the zone that makes it exact. */
export function whenText(event: Event, locale: Locale): string {
  return `${humanDateRange(event.start, event.end, locale)} (${event.timeZone})`;
}

/** "Lin-gang Special Area, Shanghai, China", from the parts the record holds. */
export function whereText(event: Event, locale: Locale): string | undefined {
  const location = event.location;
  if (!location) return undefined;
  const parts = [
    location.place && localized(location.place, locale),
    location.city && localized(location.city, locale),
    location.country && displayName("region", location.country, "en"),
  ].filter((part): part is string => Boolean(part));
  return parts.length ? parts.join(", ") : undefined;
}

/** "Guidance: CAST; Co-host: SAST; Subject: The cluster", the participating organizations in their roles. */
export function participantsText(event: Event, catalog: Catalog, locale: Locale): string | undefined {
  const roles = messages.en.roles;
  const lines = (event.participants ?? []).map((participant) => {
    const organization = catalog.organizations.get(participant.organization)!;
    return `${roles[participant.role]}: ${localized(organization.record.names.display, locale)}`;
  });
  return lines.length ? lines.join("; ") : undefined;
}

/** The roles of those who put an event on: its hosts and organizers, not its guides, sponsors or subject. */
const organizingRoles: ReadonlySet<string> = new Set(["host", "co-host", "organizer"]);

/** "SAST; Lin-gang Special Area": the organizations that host or organize the event, for `ev:organizer`. */
export function organizersText(event: Event, catalog: Catalog, locale: Locale): string | undefined {
  const names = (event.participants ?? [])
    .filter((participant) => organizingRoles.has(participant.role))
    .map((participant) => localized(catalog.organizations.get(participant.organization)!.record.names.display, locale));
  return names.length ? names.join("; ") : undefined;
}
