import { en } from "./en.ts";
import { zhHans } from "./zh-hans.ts";

/** The languages the pages are published in; English first, at the site's root. */
export const locales = ["en", "zh-Hans"] as const;
export type Locale = (typeof locales)[number];

/** A phrase that depends on a number, by plural category (`{count}` is filled in). */
export interface Plural {
  one: string;
  other: string;
}

/**
 * The shape every language's catalog must fill: each interface string, looked up by templates,
 * pages and feeds, which never hold words of their own.
 */
export interface Messages {
  /** The registry's own name, which names no organization, place or date: those come from the records. */
  siteName: string;
  /**
   * What the registry is: `about` names the organization it is about (`{cluster}`, filled from its
   * record), `plain` is for data without it.
   */
  siteTagline: { about: string; plain: string };
  /** In every page's footer: whose site this is not. */
  footerIndependence: string;
  /**
   * How the organization the registry is about was launched, from the records: `{cluster}` its
   * name, `{date}` the date of the event it was the subject of, `{where}` the `where` phrase with
   * its `{place}`, `{guidance}` the `guidance` phrase with the organizations that gave guidance.
   */
  launch: { sentence: string; where: string; guidance: string };
  /** An organization's name inside a sentence, such as "the {name}". */
  nameInSentence: string;
  when: string;
  where: string;
  roles: Record<
    "guidance" | "host" | "co-host" | "organizer" | "sponsor" | "supporter" | "partner" | "participant" | "subject",
    string
  >;
  eventKinds: Record<
    "ceremony" | "conference" | "forum" | "workshop" | "meeting" | "lecture" | "exhibition" | "competition" | "other",
    string
  >;
  eventStatuses: Record<"scheduled" | "cancelled" | "postponed" | "rescheduled" | "completed" | "withdrawn", string>;
  organizationKinds: Record<
    | "government-body"
    | "association"
    | "academy"
    | "university"
    | "research-institute"
    | "company"
    | "international-organization"
    | "cluster"
    | "other",
    string
  >;
  organizationStatuses: Record<"active" | "inactive" | "withdrawn", string>;
  sourceKinds: Record<"news-article" | "official-notice" | "report" | "website" | "dataset", string>;
  skipToContent: string;
  nav: Record<"home" | "organizations" | "events" | "sources" | "search" | "api" | "about", string>;
  searchPage: {
    title: string;
    intro: string;
    label: string;
    noScript: string;
    typeFilter: string;
    kindFilter: string;
    /**
     * What this language's index finds of the other language's words, when it finds less than
     * that language's own search page: `note` names the other page where `{link}` stands.
     */
    otherLanguage?: { note: string; link: string };
  };
  primaryNavigation: string;
  languageSwitch: string;
  footerLicence: string;
  /** After the launch: what the registry holds, of the organization (`registry`) or of data without it (`plain`). */
  homeIntro: { registry: string; plain: string };
  latestEvents: string;
  inNumbers: string;
  allEvents: string;
  forDevelopers: string;
  forDevelopersText: string;
  upcomingEvents: string;
  pastEvents: string;
  noEvents: string;
  /** Beside an event on an organization's page, when someone spoke there for the organization. */
  speakerFromOrganization: string;
  publishedSources: string;
  /** The pages of a long list: the navigation's label, its links, and a later page's title. */
  listPages: { label: string; previous: string; next: string; page: string; title: string };
  count: Record<"organizations" | "events" | "sources", Plural>;
  fields: Record<
    | "name"
    | "acronyms"
    | "aliases"
    | "kind"
    | "status"
    | "parent"
    | "children"
    | "successor"
    | "predecessors"
    | "location"
    | "website"
    | "otherLinks"
    | "externalIds"
    | "founded"
    | "description"
    | "when"
    | "previousStart"
    | "timeZone"
    | "where"
    | "participants"
    | "speakers"
    | "attendance"
    | "title"
    | "language"
    | "publisher"
    | "url"
    | "published"
    | "updated"
    | "accessed"
    | "archivedUrl"
    | "citedBy",
    string
  >;
  recordTypes: Record<"organizations" | "events" | "sources", string>;
  /** Record types as nouns inside a sentence ("every organization"). */
  recordNouns: Record<"organizations" | "events" | "sources", string>;
  events: string;
  role: string;
  sources: string;
  supports: string;
  sourceNumber: string;
  wholeRecord: string;
  /** Beside a value that no source states but one it is inferred from. */
  inferred: string;
  /** The same mark with its reason, as screen readers read it: "inferred: {reason}". */
  inferredBecause: string;
  /** In a list of sources, a source that a record infers `{fields}` from, for `{reason}`. */
  inferredFromSource: string;
  /** A status that holds only as of a date, such as "{status} as of {date}" (the month and year). */
  statusAsOf: string;
  noUrl: string;
  recordDates: string;
  formats: string;
  /** Before the other forms of a collection's list: "This list as: JSON · CSV · NDJSON". */
  listFormats: string;
  json: string;
  rssFeed: string;
  jsonFeed: string;
  /** The title of a feed link: "{feed}: {name}". */
  feedLinkTitle: string;
  calendar: string;
  withdrawnNotice: string;
  movedNotice: string;
  changes: string;
  noChanges: string;
  fullHistory: string;
  apiPage: {
    title: string;
    intro: string;
    entryPoint: string;
    endpoints: string;
    endpoint: string;
    returns: string;
    example: string;
    schema: string;
    csvColumns: string;
    /** How every CSV file writes a list, and why. */
    csvLists: string;
    /** The heading of the columns of `statements.csv`, beside those of each collection. */
    statementsColumns: string;
    column: string;
    type: string;
    meaning: string;
    databaseTables: string;
    /** What the SQLite file holds and how to open it. */
    databaseIntro: string;
    key: string;
    primaryKey: string;
    /** `{table}` is the table a foreign key points at. */
    references: string;
    licence: string;
    licenceText: string;
    /** What the static host does that a client must know: CORS, media types, and 404s that are HTML. */
    hosting: string;
    hostingCors: string;
    hostingNotFound: string;
    /** What each endpoint returns; `{type}` is a record type's noun. */
    describes: Record<
      | "index"
      | "list"
      | "record"
      | "history"
      | "ndjson"
      | "csv"
      | "all"
      | "datapackage"
      | "database"
      | "statementsCsv"
      | "statementsNdjson"
      | "openapi"
      | "openapiBundle"
      | "types"
      | "changes"
      | "changesPage"
      | "manifest"
      | "eventsFeed"
      | "organizationFeed"
      | "changesFeed"
      | "eventsJsonFeed"
      | "changesJsonFeed"
      | "calendar"
      | "eventCalendar"
      | "schemas",
      string
    >;
    /** Sections after the endpoints, each with its anchor: what a client should know beyond the shapes. */
    notes: Record<"identifiers" | "jsonFeeds" | "rssText", { title: string; text: string }>;
  };
  aboutPage: {
    /** Filled with the counts of live records; `{link}` is where the link to the sources stands. */
    holdings: string;
    holdingsLink: string;
    title: string;
    what: string;
    /** What the registry is, about the organization `{cluster}` (`about`) or for data without it (`plain`). */
    whatText: { about: string; plain: string };
    principles: string;
    principlesText: string;
    licence: string;
    licenceText: string;
    contribute: string;
    contributeText: string;
    repository: string;
  };
  notFound: { title: string; text: string };
  changesFeedTitle: string;
  changesFeedDescription: string;
  eventsFeedTitle: string;
  eventsFeedDescription: string;
  organizationFeedTitle: string;
  organizationFeedDescription: string;
  /** Words that help visitors find, trust and share pages: search boxes, list filters, freshness. */
  finding: FindingMessages;
}

export interface FindingMessages {
  /** The button of every search box; the box's label is `searchPage.label`. */
  searchButton: string;
  /** "Data updated {date}": `{date}` stands where the date's `<time>` element goes. */
  dataUpdated: string;
  /** Beside a name or title shown in another language because the record has none in this one. */
  untranslatedName: string;
  /** Beside other text shown in another language because the record has none in this one. */
  untranslatedText: string;
  /** How many came to an event, as a sentence. */
  attended: Plural;
  /** The heading of the organizations of kind "other" in the organizations list. */
  otherOrganizations: string;
  /** The form above a list that narrows and orders it in the browser. */
  listFilters: {
    label: string;
    kind: string;
    status: string;
    country: string;
    any: string;
    sort: string;
    sortDefault: string;
    sortName: string;
    sortNewest: string;
    sortOldest: string;
    /** "Showing {shown} of {total}". */
    showing: string;
    reset: string;
  };
}

export const messages: Record<Locale, Messages> = { en, "zh-Hans": zhHans };

export function messagesFor(locale: Locale): Messages {
  return messages[locale];
}

/** Fills `{name}`-style placeholders. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}

/**
 * A phrase whose placeholders stand for pieces that are not plain text (links, text in another
 * language, lists of them): the phrase's words as strings, each placeholder replaced by its pieces.
 */
export function fillPieces<T>(
  template: string,
  values: Record<string, T | string | readonly (T | string)[]>,
): (T | string)[] {
  return template.split(/(\{\w+\})/).flatMap((part) => {
    const key = /^\{(\w+)\}$/.exec(part)?.[1];
    if (key === undefined || !(key in values)) return part ? [part] : [];
    return [values[key]!].flat() as (T | string)[];
  });
}

/** A phrase with a link inside: its text before and after `{link}`, the other placeholders filled. */
export function fillAroundLink(
  template: string,
  values: Record<string, string> = {},
): { before: string; after: string } {
  const [before = "", after = ""] = fill(template, values).split("{link}");
  return { before, after };
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The phrase for a number in a language: "1 event", "2 events", "2 个活动". */
export function plural(phrase: Plural, count: number, locale: Locale): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return fill(rules.select(count) === "one" ? phrase.one : phrase.other, { count: String(count) });
}
