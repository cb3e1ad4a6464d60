import type { Catalog } from "../catalog/catalog.ts";
import { sitePaths } from "../paths/site-paths.ts";
import { absoluteUrl, type SiteConfig } from "../paths/site-config.ts";
import { pageLinks } from "../paths/page-links.ts";
import type { Locale } from "../i18n/messages.ts";

const organizationTypes: Record<string, string> = {
  "government-body": "GovernmentOrganization",
  university: "CollegeOrUniversity",
  "research-institute": "ResearchOrganization",
  academy: "ResearchOrganization",
  company: "Corporation",
  "international-organization": "NGO",
};

const eventStatuses: Record<string, string> = {
  scheduled: "https://schema.org/EventScheduled",
  completed: "https://schema.org/EventScheduled",
  cancelled: "https://schema.org/EventCancelled",
  postponed: "https://schema.org/EventPostponed",
  rescheduled: "https://schema.org/EventRescheduled",
};

const pageUrl = (site: SiteConfig, collection: "organizations" | "events", id: string) =>
  absoluteUrl(site, sitePaths.recordPage(collection, id));

/**
 * schema.org/WebSite for a home page, in its language: search engines may offer a search box
 * that opens the site's own search page of that language with the words as `?q=`.
 */
export function websiteJsonLd(site: SiteConfig, locale: Locale, name: string, description: string): object {
  const url = pageLinks(site, locale, sitePaths.home).canonical;
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    "@id": url,
    url,
    name,
    description,
    inLanguage: locale,
    potentialAction: {
      "@type": "SearchAction",
      target: {
        "@type": "EntryPoint",
        urlTemplate: `${pageLinks(site, locale, sitePaths.searchPage).canonical}?q={search_term_string}`,
      },
      "query-input": "required name=search_term_string",
    },
  };
}

/** schema.org/Organization for an organization's page. */
export function organizationJsonLd(site: SiteConfig, catalog: Catalog, id: string): object {
  const { record } = catalog.organizations.get(id)!;
  const relations = catalog.organizationRelations.get(id)!;
  const sameAs = [
    record.links?.website,
    record.externalIds?.wikidata && `https://www.wikidata.org/wiki/${record.externalIds.wikidata}`,
    record.externalIds?.ror && `https://ror.org/${record.externalIds.ror}`,
    record.externalIds?.isni && `https://isni.org/isni/${record.externalIds.isni}`,
  ].filter(Boolean);
  const alternateNames = [
    ...Object.entries(record.names.display)
      .filter(([language]) => language !== "en")
      .map(([, name]) => name),
    ...Object.values(record.names.acronyms ?? {}).flat(),
    ...Object.values(record.names.aliases ?? {}).flat(),
  ];
  return {
    "@context": "https://schema.org",
    "@type": organizationTypes[record.kind] ?? "Organization",
    "@id": pageUrl(site, "organizations", id),
    url: pageUrl(site, "organizations", id),
    name: record.names.display.en,
    ...(alternateNames.length ? { alternateName: alternateNames } : {}),
    ...(record.description?.en ? { description: record.description.en } : {}),
    ...(record.founded ? { foundingDate: record.founded } : {}),
    ...(record.location?.city?.en || record.location?.country
      ? {
          address: {
            "@type": "PostalAddress",
            ...(record.location.city?.en ? { addressLocality: record.location.city.en } : {}),
            ...(record.location.country ? { addressCountry: record.location.country } : {}),
          },
        }
      : {}),
    ...(record.parent ? { parentOrganization: { "@id": pageUrl(site, "organizations", record.parent) } } : {}),
    ...(relations.children.length
      ? { subOrganization: relations.children.map((child) => ({ "@id": pageUrl(site, "organizations", child) })) }
      : {}),
    ...(sameAs.length ? { sameAs } : {}),
  };
}

/** schema.org/Event for an event's page. */
export function eventJsonLd(site: SiteConfig, catalog: Catalog, id: string): object {
  const { record } = catalog.events.get(id)!;
  const byRole = (roles: string[]) =>
    (record.participants ?? [])
      .filter((participant) => roles.includes(participant.role))
      .map((participant) => ({
        "@type": "Organization",
        "@id": pageUrl(site, "organizations", participant.organization),
        name: catalog.organizations.get(participant.organization)!.record.names.display.en,
      }));
  const organizers = byRole(["host", "co-host", "organizer"]);
  const sponsors = byRole(["sponsor"]);
  const location = record.location;
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    "@id": pageUrl(site, "events", id),
    url: pageUrl(site, "events", id),
    name: record.title.en,
    startDate: record.start,
    ...(record.end ? { endDate: record.end } : {}),
    ...(record.previousStart ? { previousStartDate: record.previousStart } : {}),
    eventStatus: eventStatuses[record.status],
    ...(record.description?.en ? { description: record.description.en } : {}),
    ...(location
      ? {
          location: {
            "@type": "Place",
            ...(location.place?.en ? { name: location.place.en } : {}),
            address: {
              "@type": "PostalAddress",
              ...(location.city?.en ? { addressLocality: location.city.en } : {}),
              ...(location.country ? { addressCountry: location.country } : {}),
            },
            ...(location.coordinates
              ? {
                  geo: {
                    "@type": "GeoCoordinates",
                    latitude: location.coordinates.latitude,
                    longitude: location.coordinates.longitude,
                  },
                }
              : {}),
          },
        }
      : {}),
    ...(organizers.length ? { organizer: organizers } : {}),
    ...(sponsors.length ? { sponsor: sponsors } : {}),
    ...(record.speakers?.length
      ? {
          performer: record.speakers.map((speaker) => ({
            "@type": "Person",
            name: speaker.name.en,
            ...(speaker.title?.en ? { jobTitle: speaker.title.en } : {}),
          })),
        }
      : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>` and `&` as escapes so
 * that no text from the data can close the element or open a comment.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
