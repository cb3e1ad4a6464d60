import type { Catalog } from "../catalog/catalog.ts";
import { messages, type Locale } from "../i18n/messages.ts";
import { csvColumns } from "../publish/api/csv-columns.ts";
import { recordTypeOf } from "../publish/api/api-contract.ts";
import { collectionNames, type CollectionName } from "../records/collections.ts";
import { sitePaths } from "../publish/site-paths.ts";
import { absoluteUrl, type SiteConfig } from "../site-config.ts";
import { pageFrame, type PageFrame } from "./page-frame.ts";
import { pageLinks } from "./page-links.ts";

export interface Endpoint {
  url: string;
  returns: string;
  example: string;
  schema?: string;
}

export interface ApiPage {
  frame: PageFrame;
  entryPoint: string;
  endpoints: Endpoint[];
  columns: { collection: string; columns: { name: string; type: string; description: string }[] }[];
}

/** The API page lists every published endpoint, each with a command to copy. */
export function apiPage(site: SiteConfig, catalog: Catalog, locale: Locale, published: readonly Locale[]): ApiPage {
  const url = (sitePath: string) => absoluteUrl(site, sitePath);
  const schema = (name: string) => url(sitePaths.responseSchema(name));
  const firstId = (collection: CollectionName) => catalog[collection].keys().next().value as string | undefined;
  const endpoints: Endpoint[] = [
    {
      url: url(sitePaths.apiIndex),
      returns: "Entry point: counts, licence and links to everything below.",
      example: url(sitePaths.apiIndex),
      schema: schema("api-index"),
    },
  ];
  for (const collection of collectionNames) {
    const type = recordTypeOf[collection];
    const id = firstId(collection);
    endpoints.push(
      {
        url: url(sitePaths.apiCollection(collection)),
        returns: `A summary of every ${type}, with the total.`,
        example: url(sitePaths.apiCollection(collection)),
        schema: schema("collection"),
      },
      {
        url: url(sitePaths.apiRecordTemplate(collection)),
        returns: `One ${type}: the record, its relations resolved both ways, and links to its page${collection === "organizations" ? " and feed" : collection === "events" ? " and calendar" : ""}.`,
        example: url(id ? sitePaths.apiRecord(collection, id) : sitePaths.apiRecordTemplate(collection)),
        schema: schema(`${type}-document`),
      },
      {
        url: url(sitePaths.apiNdjson(collection)),
        returns: `Every ${type}, one JSON document per line.`,
        example: url(sitePaths.apiNdjson(collection)),
        schema: schema("dump-item"),
      },
      {
        url: url(sitePaths.apiCsv(collection)),
        returns: `Every ${type} as CSV; the columns are listed below.`,
        example: url(sitePaths.apiCsv(collection)),
      },
    );
  }
  const organization = firstId("organizations");
  const event = firstId("events");
  endpoints.push(
    {
      url: url(sitePaths.apiAll),
      returns: "Every record of every collection in one file.",
      example: url(sitePaths.apiAll),
      schema: schema("all"),
    },
    {
      url: url(sitePaths.apiDatapackage),
      returns: "A Frictionless Data Package describing the CSV files.",
      example: url(sitePaths.apiDatapackage),
    },
    {
      url: url(sitePaths.apiOpenapi),
      returns: "An OpenAPI 3.1 description of every endpoint.",
      example: url(sitePaths.apiOpenapi),
    },
    {
      url: url(sitePaths.eventsFeed),
      returns: "RSS 2.0 feed of every event, newest first.",
      example: url(sitePaths.eventsFeed),
    },
    {
      url: url(sitePaths.organizationFeed("{id}")),
      returns: "RSS 2.0 feed of the events one organization takes part in.",
      example: url(organization ? sitePaths.organizationFeed(organization) : sitePaths.organizationFeed("{id}")),
    },
    {
      url: url(sitePaths.eventsCalendar),
      returns: "iCalendar file of every event, to subscribe to.",
      example: url(sitePaths.eventsCalendar),
    },
    {
      url: url(sitePaths.eventCalendar("{id}")),
      returns: "iCalendar file of one event.",
      example: url(event ? sitePaths.eventCalendar(event) : sitePaths.eventCalendar("{id}")),
    },
    {
      url: url(sitePaths.recordSchema("{name}")),
      returns:
        "JSON Schemas of the records (organization, event, source, defs) and, under schemas/api/, of every response.",
      example: url(sitePaths.recordSchema("organization")),
    },
  );
  return {
    frame: pageFrame(
      site,
      {
        locale,
        sitePath: sitePaths.apiPage,
        title: messages.en.apiPage.title,
        section: "api",
        json: url(sitePaths.apiIndex),
      },
      published,
    ),
    entryPoint: url(sitePaths.apiIndex),
    endpoints,
    columns: collectionNames.map((collection) => ({
      collection,
      columns: csvColumns[collection].map(({ name, type, description }) => ({ name, type, description })),
    })),
  };
}

export interface AboutPage {
  frame: PageFrame;
  repositoryUrl?: string;
}

/** `REPOSITORY_URL` (set by the deploy workflow) links the contribution guide, when known. */
export function aboutPage(site: SiteConfig, locale: Locale, published: readonly Locale[]): AboutPage {
  const repositoryUrl = process.env.REPOSITORY_URL;
  return {
    frame: pageFrame(
      site,
      { locale, sitePath: sitePaths.aboutPage, title: messages.en.aboutPage.title, section: "about" },
      published,
    ),
    ...(repositoryUrl && /^https:\/\//.test(repositoryUrl) ? { repositoryUrl } : {}),
  };
}

export interface NotFoundPage {
  frame: PageFrame;
  lists: { label: string; href: string }[];
}

export function notFoundPage(site: SiteConfig, locale: Locale): NotFoundPage {
  const frame = pageFrame(
    site,
    { locale, sitePath: "404.html", title: messages.en.notFound.title, section: "none", available: [locale] },
    [locale],
  );
  return {
    frame,
    lists: [
      { label: messages.en.nav.home, href: pageLinks(site, locale, sitePaths.home).href },
      ...collectionNames.map((collection) => ({
        label: messages.en.nav[collection],
        href: pageLinks(site, locale, sitePaths.collectionPage(collection)).href,
      })),
    ],
  };
}
