/*
 * Types of every JSON document of the Sci-Tech Cluster Open Registry's API (api/v1/), one per response
 * schema (schemas/api/*.schema.json), with the records'.
 * GENERATED from the schemas by `npm run gentypes` in the registry's repository. Do not edit
 * by hand: change the schemas and run `npm run gentypes` again.
 */

/**
 * Stable identifier of a record: lowercase ASCII letters and digits in words joined by single hyphens, at most 64 characters, and neither "index" nor "page" (reserved for the collection lists and their pages). It is also the record's file name and URL segment.
 */
export type RecordId = string;
/**
 * One line of plain text (markup is not interpreted), without line breaks or tabs and without white space at either end.
 */
export type LineOfPlainText = string;
/**
 * A full calendar date (YYYY-MM-DD), or a date and time with a UTC offset (YYYY-MM-DDThh:mm:ss+hh:mm, or Z for UTC), in the years 1000 to 9999 (proleptic Gregorian calendar).
 */
export type DateOrDateAndTime = string;
/**
 * An IANA time zone name.
 */
export type TimeZone = string;
/**
 * An ISO 3166-1 alpha-2 country code.
 */
export type Country =
  | "AD"
  | "AE"
  | "AF"
  | "AG"
  | "AI"
  | "AL"
  | "AM"
  | "AO"
  | "AQ"
  | "AR"
  | "AS"
  | "AT"
  | "AU"
  | "AW"
  | "AX"
  | "AZ"
  | "BA"
  | "BB"
  | "BD"
  | "BE"
  | "BF"
  | "BG"
  | "BH"
  | "BI"
  | "BJ"
  | "BL"
  | "BM"
  | "BN"
  | "BO"
  | "BQ"
  | "BR"
  | "BS"
  | "BT"
  | "BV"
  | "BW"
  | "BY"
  | "BZ"
  | "CA"
  | "CC"
  | "CD"
  | "CF"
  | "CG"
  | "CH"
  | "CI"
  | "CK"
  | "CL"
  | "CM"
  | "CN"
  | "CO"
  | "CR"
  | "CU"
  | "CV"
  | "CW"
  | "CX"
  | "CY"
  | "CZ"
  | "DE"
  | "DJ"
  | "DK"
  | "DM"
  | "DO"
  | "DZ"
  | "EC"
  | "EE"
  | "EG"
  | "EH"
  | "ER"
  | "ES"
  | "ET"
  | "FI"
  | "FJ"
  | "FK"
  | "FM"
  | "FO"
  | "FR"
  | "GA"
  | "GB"
  | "GD"
  | "GE"
  | "GF"
  | "GG"
  | "GH"
  | "GI"
  | "GL"
  | "GM"
  | "GN"
  | "GP"
  | "GQ"
  | "GR"
  | "GS"
  | "GT"
  | "GU"
  | "GW"
  | "GY"
  | "HK"
  | "HM"
  | "HN"
  | "HR"
  | "HT"
  | "HU"
  | "ID"
  | "IE"
  | "IL"
  | "IM"
  | "IN"
  | "IO"
  | "IQ"
  | "IR"
  | "IS"
  | "IT"
  | "JE"
  | "JM"
  | "JO"
  | "JP"
  | "KE"
  | "KG"
  | "KH"
  | "KI"
  | "KM"
  | "KN"
  | "KP"
  | "KR"
  | "KW"
  | "KY"
  | "KZ"
  | "LA"
  | "LB"
  | "LC"
  | "LI"
  | "LK"
  | "LR"
  | "LS"
  | "LT"
  | "LU"
  | "LV"
  | "LY"
  | "MA"
  | "MC"
  | "MD"
  | "ME"
  | "MF"
  | "MG"
  | "MH"
  | "MK"
  | "ML"
  | "MM"
  | "MN"
  | "MO"
  | "MP"
  | "MQ"
  | "MR"
  | "MS"
  | "MT"
  | "MU"
  | "MV"
  | "MW"
  | "MX"
  | "MY"
  | "MZ"
  | "NA"
  | "NC"
  | "NE"
  | "NF"
  | "NG"
  | "NI"
  | "NL"
  | "NO"
  | "NP"
  | "NR"
  | "NU"
  | "NZ"
  | "OM"
  | "PA"
  | "PE"
  | "PF"
  | "PG"
  | "PH"
  | "PK"
  | "PL"
  | "PM"
  | "PN"
  | "PR"
  | "PS"
  | "PT"
  | "PW"
  | "PY"
  | "QA"
  | "RE"
  | "RO"
  | "RS"
  | "RU"
  | "RW"
  | "SA"
  | "SB"
  | "SC"
  | "SD"
  | "SE"
  | "SG"
  | "SH"
  | "SI"
  | "SJ"
  | "SK"
  | "SL"
  | "SM"
  | "SN"
  | "SO"
  | "SR"
  | "SS"
  | "ST"
  | "SV"
  | "SX"
  | "SY"
  | "SZ"
  | "TC"
  | "TD"
  | "TF"
  | "TG"
  | "TH"
  | "TJ"
  | "TK"
  | "TL"
  | "TM"
  | "TN"
  | "TO"
  | "TR"
  | "TT"
  | "TV"
  | "TW"
  | "TZ"
  | "UA"
  | "UG"
  | "UM"
  | "US"
  | "UY"
  | "UZ"
  | "VA"
  | "VC"
  | "VE"
  | "VG"
  | "VI"
  | "VN"
  | "VU"
  | "WF"
  | "WS"
  | "YE"
  | "YT"
  | "ZA"
  | "ZM"
  | "ZW";
/**
 * An absolute URL with the https or http scheme, without a user name or password, and with a port, if any, from 1 to 65535.
 */
export type WebAddress = string;
/**
 * A full calendar date, YYYY-MM-DD, in the years 1000 to 9999 (proleptic Gregorian calendar).
 */
export type CalendarDate = string;
/**
 * An organization related to the cluster: a government body, association, academy, university, research institute, company, international organization, or the cluster itself.
 */
export type Organization = {
  /**
   * Path or URL of this schema, so that editors can check and complete the file. Not published.
   */
  $schema?: string;
  id: RecordId;
  /**
   * Ids this record had before it was renamed, oldest first: their pages and JSON redirect here, and they can never be given to another record.
   *
   * @minItems 1
   */
  formerIds?: RecordId[];
  names: Names;
  /**
   * What kind of organization this is.
   */
  kind:
    | "government-body"
    | "association"
    | "academy"
    | "university"
    | "research-institute"
    | "company"
    | "international-organization"
    | "cluster"
    | "other";
  parent?: RecordId;
  /**
   * Whether the organization is active, inactive (dissolved or dormant), or withdrawn from the registry (a tombstone, which points at its successor when it was merged or renamed).
   */
  status: "active" | "inactive" | "withdrawn";
  successor?: RecordId;
  location?: Location;
  links?: Links;
  externalIds?: ExternalIdentifiers;
  founded?: PartialDate;
  description?: LocalizedPlainText;
  sources: Sources;
};
/**
 * A year (YYYY), a month (YYYY-MM) or a full date (YYYY-MM-DD), for facts known only to that precision, in the years 1000 to 9999 (proleptic Gregorian calendar).
 */
export type PartialDate = string;
/**
 * Plain text of one or more paragraphs separated by blank lines (markup is not interpreted), without tabs or carriage returns and without white space at either end.
 */
export type PlainText = string;
/**
 * One source record, optionally which fields of this record it supports, and whether it states them or they are inferred from it.
 */
export type SourceCitation = {
  source: RecordId;
  /**
   * JSON Pointers to the fields of this record that the source supports, such as "/names/display/en"; a pointer covers everything beneath it. Without it, the source supports the record as a whole.
   *
   * @minItems 1
   */
  fields?: string[];
  /**
   * How the source supports the fields: "stated", the source says them (the default when absent), or "inferred", the curator concluded them from what the source says, for the reason given.
   */
  how?: "stated" | "inferred";
  reason?: LocalizedLineOfText;
};
/**
 * The source records this record's facts come from: at least one, each optionally with the fields it supports and how it supports them.
 *
 * @minItems 1
 */
export type Sources = SourceCitation[];
/**
 * An event of the cluster or its organizations: a ceremony, conference, forum, meeting and the like, with its dates, place, participating organizations in their roles, and speakers.
 */
export type Event = {
  /**
   * Path or URL of this schema, so that editors can check and complete the file. Not published.
   */
  $schema?: string;
  id: RecordId;
  /**
   * Ids this record had before it was renamed, oldest first: their pages and JSON redirect here, and they can never be given to another record.
   *
   * @minItems 1
   */
  formerIds?: RecordId[];
  title: LocalizedName;
  /**
   * What kind of event this is.
   */
  kind:
    "ceremony" | "conference" | "forum" | "workshop" | "meeting" | "lecture" | "exhibition" | "competition" | "other";
  /**
   * Whether the event is scheduled, cancelled, postponed (to a date not yet known), rescheduled (to the new start given) or completed; or withdrawn from the registry (a tombstone, which points at its successor when it was a duplicate).
   */
  status: "scheduled" | "cancelled" | "postponed" | "rescheduled" | "completed" | "withdrawn";
  successor?: RecordId;
  previousStart?: DateOrDateAndTime;
  start: DateOrDateAndTime;
  end?: DateOrDateAndTime;
  timeZone: TimeZone;
  location?: Location;
  /**
   * Organizations taking part in the event, each in its role.
   *
   * @minItems 1
   */
  participants?: Participant[];
  /**
   * People who spoke at the event.
   *
   * @minItems 1
   */
  speakers?: Speaker[];
  attendance?: Attendance;
  description?: LocalizedPlainText;
  sources: Sources;
};
/**
 * A document that records cite for their facts: a news article, an official notice, a report, a website or a dataset.
 */
export type Source = {
  /**
   * Path or URL of this schema, so that editors can check and complete the file. Not published.
   */
  $schema?: string;
  id: RecordId;
  /**
   * Ids this record had before it was renamed, oldest first: their pages and JSON redirect here, and they can never be given to another record.
   *
   * @minItems 1
   */
  formerIds?: RecordId[];
  /**
   * What kind of document this is.
   */
  kind: "news-article" | "official-notice" | "report" | "website" | "dataset";
  title: LocalizedLineOfText;
  language?: LanguageTag;
  publisher?: Publisher;
  url?: WebAddress;
  published?: DateOrDateAndTime;
  updated?: DateOrDateAndTime;
  accessed?: CalendarDate;
  archivedUrl?: WebAddress;
  /**
   * Set to "withdrawn" to keep a source that should no longer be cited as a tombstone, so that its address keeps answering.
   */
  status?: "withdrawn";
  successor?: RecordId;
};
/**
 * BCP 47 language tag: a language, optionally a script and a region, as in "en", "zh-Hans" or "pt-BR".
 */
export type LanguageTag = string;
/**
 * One record in a bulk dump, with its dates.
 */
export type DumpItem = {
  /**
   * The type of record.
   */
  type: "organization" | "event" | "source";
  id: RecordId;
  /**
   * A UTC date and time, ISO 8601.
   */
  created: string;
  /**
   * A UTC date and time, ISO 8601.
   */
  updated: string;
  /**
   * The record, as its schema for the type describes it.
   */
  record: {};
};

/**
 * Every JSON document of the API, by the name of its response schema.
 */
export interface ApiDocuments {
  "api-index": APIEntryPoint;
  collection: CollectionList;
  "organization-document": OrganizationDocument;
  "event-document": EventDocument;
  "source-document": SourceDocument;
  all: AllRecords;
  "dump-item": DumpItem;
  /**
   * A summary of a record of any type.
   */
  summary: OrganizationSummary | EventSummary | SourceSummary;
  changes: Changes;
  history: RecordHistory;
  moved: MovedRecord;
  manifest: Manifest;
  "manifest-file": ManifestEntry;
  statement: Statement;
}
/**
 * The response at api/v1/index.json: links to every collection, dump, schema, feed, calendar, the changes and the manifest, with counts, versions and the licence.
 */
export interface APIEntryPoint {
  /**
   * An absolute URL on this site or elsewhere.
   */
  $schema: string;
  /**
   * Version of the API's response shapes (semantic versioning).
   */
  schemaVersion: string;
  /**
   * Name of the API.
   */
  title: string;
  /**
   * What the API holds.
   */
  description: string;
  /**
   * A UTC date and time, ISO 8601.
   */
  updated: string;
  licence: Licence;
  /**
   * Number of records per collection.
   */
  counts: {
    /**
     * Organizations.
     */
    organizations: number;
    /**
     * Events.
     */
    events: number;
    /**
     * Sources.
     */
    sources: number;
  };
  /**
   * Where each collection's list, records, dumps, schema and page are.
   */
  collections: {
    organizations: CollectionLinks;
    events: CollectionLinks;
    sources: CollectionLinks;
  };
  /**
   * Bulk downloads.
   */
  dumps: {
    /**
     * An absolute URL on this site or elsewhere.
     */
    all: string;
    /**
     * An absolute URL on this site or elsewhere.
     */
    datapackage: string;
    /**
     * An absolute URL on this site or elsewhere.
     */
    database: string;
    /**
     * Every value the organizations and events publish, one a row or line, with how it is known and when it was first and last seen.
     */
    statements: {
      /**
       * An absolute URL on this site or elsewhere.
       */
      csv: string;
      /**
       * An absolute URL on this site or elsewhere.
       */
      ndjson: string;
    };
  };
  /**
   * An absolute URL on this site or elsewhere.
   */
  openapi: string;
  /**
   * An absolute URL on this site or elsewhere.
   */
  openapiBundle: string;
  /**
   * An absolute URL on this site or elsewhere.
   */
  types: string;
  /**
   * The JSON Schema of each kind of response, by name.
   */
  responseSchemas: {
    /**
     * An absolute URL on this site or elsewhere.
     */
    [k: string]: string;
  };
  /**
   * An absolute URL on this site or elsewhere.
   */
  changes: string;
  /**
   * An absolute URL on this site or elsewhere.
   */
  manifest: string;
  /**
   * RSS 2.0 feeds.
   */
  feeds: {
    [k: string]: string;
  };
  /**
   * JSON Feed 1.1 feeds: the items of the RSS feeds of the same names, as JSON.
   */
  jsonFeeds?: {
    /**
     * An absolute URL on this site or elsewhere.
     */
    events: string;
    /**
     * An absolute URL on this site or elsewhere.
     */
    changes: string;
  };
  /**
   * iCalendar files.
   */
  calendars: {
    [k: string]: string;
  };
  /**
   * This document, the site's home page and the API documentation.
   */
  links: {
    /**
     * An absolute URL on this site or elsewhere.
     */
    self: string;
    /**
     * An absolute URL on this site or elsewhere.
     */
    html: string;
    /**
     * An absolute URL on this site or elsewhere.
     */
    documentation: string;
  };
}
/**
 * The data licence.
 */
export interface Licence {
  /**
   * SPDX identifier.
   */
  id: string;
  /**
   * Name of the licence.
   */
  name: string;
  /**
   * An absolute URL on this site or elsewhere.
   */
  url: string;
}
/**
 * Where a collection's parts are.
 */
export interface CollectionLinks {
  /**
   * An absolute URL on this site or elsewhere.
   */
  list: string;
  /**
   * An absolute URL with an {id} placeholder.
   */
  record: string;
  /**
   * An absolute URL on this site or elsewhere.
   */
  ndjson: string;
  /**
   * An absolute URL on this site or elsewhere.
   */
  csv: string;
  /**
   * An absolute URL on this site or elsewhere.
   */
  schema: string;
  /**
   * An absolute URL on this site or elsewhere.
   */
  html: string;
  /**
   * An absolute URL with an {id} placeholder.
   */
  history: string;
}
/**
 * The response at api/v1/{collection}/index.json: a summary of every record of the collection.
 */
export interface CollectionList {
  /**
   * An absolute URL on this site or elsewhere.
   */
  $schema: string;
  /**
   * Version of the API's response shapes (semantic versioning).
   */
  schemaVersion: string;
  /**
   * The type of record.
   */
  type: "organization" | "event" | "source";
  /**
   * A UTC date and time, ISO 8601.
   */
  updated: string;
  /**
   * Number of records.
   */
  total: number;
  /**
   * How the items are sorted.
   */
  order: string;
  /**
   * Record summaries.
   *
   * Items: A summary of a record of any type.
   */
  items: (OrganizationSummary | EventSummary | SourceSummary)[];
  /**
   * This list, its page, its bulk forms and the record schema.
   */
  links: {
    /**
     * An absolute URL on this site or elsewhere.
     */
    self: string;
    /**
     * An absolute URL on this site or elsewhere.
     */
    html: string;
    /**
     * An absolute URL on this site or elsewhere.
     */
    ndjson: string;
    /**
     * An absolute URL on this site or elsewhere.
     */
    csv: string;
    /**
     * An absolute URL on this site or elsewhere.
     */
    schema: string;
  };
}
/**
 * What lists and relations show of an organization.
 */
export interface OrganizationSummary {
  /**
   * Always "organization".
   */
  type: "organization";
  id: RecordId;
  name: LocalizedName;
  /**
   * What kind of organization this is.
   */
  kind:
    | "government-body"
    | "association"
    | "academy"
    | "university"
    | "research-institute"
    | "company"
    | "international-organization"
    | "cluster"
    | "other";
  /**
   * Whether the organization is active, inactive (dissolved or dormant), or withdrawn from the registry (a tombstone, which points at its successor when it was merged or renamed).
   */
  status: "active" | "inactive" | "withdrawn";
  /**
   * A UTC date and time, ISO 8601.
   */
  updated: string;
  links: RecordLinks;
}
/**
 * A name or title in one or more languages, keyed by BCP 47 language tag. The English form ("en") is required and is the display form.
 */
export interface LocalizedName {
  en: LineOfPlainText;
  [k: string]: LineOfPlainText;
}
/**
 * Where a record's JSON document and web page are.
 */
export interface RecordLinks {
  /**
   * An absolute URL on this site or elsewhere.
   */
  self: string;
  /**
   * An absolute URL on this site or elsewhere.
   */
  html: string;
}
/**
 * What lists and relations show of an event.
 */
export interface EventSummary {
  /**
   * Always "event".
   */
  type: "event";
  id: RecordId;
  title: LocalizedName;
  /**
   * What kind of event this is.
   */
  kind:
    "ceremony" | "conference" | "forum" | "workshop" | "meeting" | "lecture" | "exhibition" | "competition" | "other";
  /**
   * Whether the event is scheduled, cancelled, postponed (to a date not yet known), rescheduled (to the new start given) or completed; or withdrawn from the registry (a tombstone, which points at its successor when it was a duplicate).
   */
  status: "scheduled" | "cancelled" | "postponed" | "rescheduled" | "completed" | "withdrawn";
  start: DateOrDateAndTime;
  end?: DateOrDateAndTime;
  timeZone: TimeZone;
  location?: Location;
  /**
   * A UTC date and time, ISO 8601.
   */
  updated: string;
  links: RecordLinks;
}
/**
 * Where something is: a place, the city and the country, and optionally coordinates.
 */
export interface Location {
  place?: LocalizedLineOfText;
  city?: LocalizedLineOfText;
  country?: Country;
  coordinates?: Coordinates;
}
/**
 * The same line of text in one or more languages, keyed by BCP 47 language tag.
 */
export interface LocalizedLineOfText {
  [k: string]: LineOfPlainText;
}
/**
 * WGS 84 latitude and longitude in decimal degrees.
 */
export interface Coordinates {
  /**
   * Latitude in decimal degrees, north positive.
   */
  latitude: number;
  /**
   * Longitude in decimal degrees, east positive.
   */
  longitude: number;
}
/**
 * What lists and relations show of a source.
 */
export interface SourceSummary {
  /**
   * Always "source".
   */
  type: "source";
  id: RecordId;
  title: LocalizedLineOfText;
  /**
   * What kind of document this is.
   */
  kind: "news-article" | "official-notice" | "report" | "website" | "dataset";
  /**
   * Set to "withdrawn" to keep a source that should no longer be cited as a tombstone, so that its address keeps answering.
   */
  status?: "withdrawn";
  url?: WebAddress;
  publisher?: Publisher;
  published?: DateOrDateAndTime;
  /**
   * A UTC date and time, ISO 8601.
   */
  updated: string;
  links: RecordLinks;
}
/**
 * Who published the document: an organization record, the name as credited, or both.
 */
export interface Publisher {
  organization?: RecordId;
  name?: LineOfPlainText;
}
/**
 * The response at api/v1/organizations/{id}.json: the organization's record, its relations resolved in both directions, and links.
 */
export interface OrganizationDocument {
  /**
   * An absolute URL on this site or elsewhere.
   */
  $schema: string;
  /**
   * Version of the API's response shapes (semantic versioning).
   */
  schemaVersion: string;
  /**
   * Always "organization".
   */
  type: "organization";
  id: RecordId;
  /**
   * A UTC date and time, ISO 8601.
   */
  created: string;
  /**
   * A UTC date and time, ISO 8601.
   */
  updated: string;
  statusAsOf?: CalendarDate;
  record: Organization;
  /**
   * Records this one points at, and records that point at it.
   */
  related: {
    parent?: OrganizationSummary;
    /**
     * Organizations whose parent this is.
     */
    children: OrganizationSummary[];
    successor?: OrganizationSummary;
    /**
     * Withdrawn records this one replaces.
     */
    predecessors: OrganizationSummary[];
    /**
     * Events the organization takes part in, newest first, with its roles.
     */
    events: {
      event: EventSummary;
      /**
       * The organization's roles in it.
       *
       * Items: The organization's role: it gave guidance, hosted or co-hosted, organized, sponsored, supported or partnered the event, took part in it, or is its subject (the organization launched or presented, say).
       */
      roles: (
        "guidance" | "host" | "co-host" | "organizer" | "sponsor" | "supporter" | "partner" | "participant" | "subject"
      )[];
    }[];
    /**
     * Events where someone spoke for the organization.
     */
    speakerAt: EventSummary[];
    /**
     * Sources the organization published.
     */
    published: SourceSummary[];
    /**
     * The sources the record cites.
     */
    sources: CitedSource[];
  };
  links: DocumentLinks;
}
/**
 * The organization's names.
 */
export interface Names {
  display: LocalizedName;
  acronyms?: LocalizedListOfShortTexts;
  aliases?: LocalizedListOfShortTexts;
}
/**
 * Lists of short texts, such as acronyms or other names, keyed by BCP 47 language tag.
 */
export interface LocalizedListOfShortTexts {
  /**
   * @minItems 1
   */
  [k: string]: LineOfPlainText[];
}
/**
 * The organization's web presence.
 */
export interface Links {
  website?: WebAddress;
  /**
   * Other official pages, each with a label.
   *
   * @minItems 1
   */
  other?: Link[];
}
/**
 * A labelled web page.
 */
export interface Link {
  label: LocalizedLineOfText;
  url: WebAddress;
}
/**
 * Identifiers of the same organization in other registries.
 */
export interface ExternalIdentifiers {
  /**
   * Wikidata item id (QID).
   */
  wikidata?: string;
  /**
   * Research Organization Registry id, the nine characters after https://ror.org/.
   */
  ror?: string;
  /**
   * International Standard Name Identifier: 16 characters without spaces, the last a digit or X.
   */
  isni?: string;
}
/**
 * The same plain text in one or more languages, keyed by BCP 47 language tag.
 */
export interface LocalizedPlainText {
  [k: string]: PlainText;
}
/**
 * A cited source, the fields it supports, and whether it states them or they are inferred from it.
 */
export interface CitedSource {
  source: SourceSummary;
  /**
   * JSON Pointers of the supported fields.
   */
  fields?: string[];
  /**
   * How the record knows the fields from the source: "stated", the source says them, or "inferred", they follow from what it says, for the reason given.
   */
  how: "stated" | "inferred";
  reason?: LocalizedLineOfText;
}
/**
 * Links from a record's document.
 */
export interface DocumentLinks {
  /**
   * An absolute URL on this site or elsewhere.
   */
  self: string;
  /**
   * An absolute URL on this site or elsewhere.
   */
  html: string;
  /**
   * An absolute URL on this site or elsewhere.
   */
  feed?: string;
  /**
   * An absolute URL on this site or elsewhere.
   */
  calendar?: string;
  /**
   * An absolute URL on this site or elsewhere.
   */
  schema: string;
  /**
   * An absolute URL on this site or elsewhere.
   */
  history: string;
}
/**
 * The response at api/v1/events/{id}.json: the event's record, its participants, speakers and sources resolved, and links.
 */
export interface EventDocument {
  /**
   * An absolute URL on this site or elsewhere.
   */
  $schema: string;
  /**
   * Version of the API's response shapes (semantic versioning).
   */
  schemaVersion: string;
  /**
   * Always "event".
   */
  type: "event";
  id: RecordId;
  /**
   * A UTC date and time, ISO 8601.
   */
  created: string;
  /**
   * A UTC date and time, ISO 8601.
   */
  updated: string;
  statusAsOf?: CalendarDate;
  record: Event;
  /**
   * Records this one points at, and records that point at it.
   */
  related: {
    /**
     * Participating organizations in their roles, in the record's order.
     */
    participants: {
      /**
       * The organization's role: it gave guidance, hosted or co-hosted, organized, sponsored, supported or partnered the event, took part in it, or is its subject (the organization launched or presented, say).
       */
      role:
        "guidance" | "host" | "co-host" | "organizer" | "sponsor" | "supporter" | "partner" | "participant" | "subject";
      organization: OrganizationSummary;
    }[];
    /**
     * Speakers, with the organization each spoke for.
     */
    speakers: {
      name: LocalizedName;
      organization?: OrganizationSummary;
    }[];
    successor?: EventSummary;
    /**
     * Withdrawn records this one replaces.
     */
    predecessors: EventSummary[];
    /**
     * The sources the record cites.
     */
    sources: CitedSource[];
  };
  links: DocumentLinks;
}
/**
 * An organization and its role in the event.
 */
export interface Participant {
  organization: RecordId;
  /**
   * The organization's role: it gave guidance, hosted or co-hosted, organized, sponsored, supported or partnered the event, took part in it, or is its subject (the organization launched or presented, say).
   */
  role: "guidance" | "host" | "co-host" | "organizer" | "sponsor" | "supporter" | "partner" | "participant" | "subject";
}
/**
 * A person who spoke, with the position they held at the time.
 */
export interface Speaker {
  name: LocalizedName;
  title?: LocalizedLineOfText;
  organization?: RecordId;
}
/**
 * How many attended, and who.
 */
export interface Attendance {
  /**
   * Number of attendees as reported.
   */
  count?: number;
  description?: LocalizedPlainText;
}
/**
 * The response at api/v1/sources/{id}.json: the source's record, its publisher and the records that cite it, and links.
 */
export interface SourceDocument {
  /**
   * An absolute URL on this site or elsewhere.
   */
  $schema: string;
  /**
   * Version of the API's response shapes (semantic versioning).
   */
  schemaVersion: string;
  /**
   * Always "source".
   */
  type: "source";
  id: RecordId;
  /**
   * A UTC date and time, ISO 8601.
   */
  created: string;
  /**
   * A UTC date and time, ISO 8601.
   */
  updated: string;
  record: Source;
  /**
   * Records this one points at, and records that point at it.
   */
  related: {
    publisher?: OrganizationSummary;
    successor?: SourceSummary;
    /**
     * Withdrawn records this one replaces.
     */
    predecessors: SourceSummary[];
    /**
     * Records that cite this source, with the fields it supports in each, and whether it states them or they are inferred from it.
     */
    citedBy: {
      /**
       * A summary of a record of any type.
       */
      record: OrganizationSummary | EventSummary | SourceSummary;
      /**
       * JSON Pointers of the supported fields.
       */
      fields?: string[];
      /**
       * How the record knows the fields from this source: "stated" or "inferred".
       */
      how: "stated" | "inferred";
      reason?: LocalizedLineOfText;
    }[];
  };
  links: DocumentLinks;
}
/**
 * The response at api/v1/all.json: every record of every collection, with its dates.
 */
export interface AllRecords {
  /**
   * An absolute URL on this site or elsewhere.
   */
  $schema: string;
  /**
   * Version of the API's response shapes (semantic versioning).
   */
  schemaVersion: string;
  /**
   * A UTC date and time, ISO 8601.
   */
  updated: string;
  licence: Licence;
  /**
   * Every organization, by id.
   */
  organizations: DumpItem[];
  /**
   * Every event, newest first.
   */
  events: DumpItem[];
  /**
   * Every source, by id.
   */
  sources: DumpItem[];
}
/**
 * The responses at api/v1/changes/index.json (the newest changes and links to every page) and api/v1/changes/page-{n}.json (one page, counted from the oldest change).
 */
export interface Changes {
  /**
   * An absolute URL on this site or elsewhere.
   */
  $schema: string;
  /**
   * Version of the API's response shapes (semantic versioning).
   */
  schemaVersion: string;
  /**
   * A UTC date and time, ISO 8601.
   */
  updated: string;
  /**
   * False when the build had no full git history, and so lists no changes.
   */
  complete: boolean;
  /**
   * Number of changes in all pages.
   */
  total: number;
  /**
   * Changes per page.
   */
  pageSize: number;
  /**
   * How the items are sorted.
   */
  order: string;
  /**
   * This page's number; page 1 holds the oldest changes.
   */
  page?: number;
  /**
   * Changes, newest first.
   */
  items: Change[];
  /**
   * Every page, newest first.
   *
   * Items: An absolute URL on this site or elsewhere.
   */
  pages?: string[];
  /**
   * This document, its neighbours and the changes feed.
   */
  links: {
    /**
     * An absolute URL on this site or elsewhere.
     */
    self: string;
    /**
     * An absolute URL on this site or elsewhere.
     */
    index?: string;
    /**
     * An absolute URL on this site or elsewhere.
     */
    older?: string;
    /**
     * An absolute URL on this site or elsewhere.
     */
    newer?: string;
    /**
     * An absolute URL on this site or elsewhere.
     */
    feed: string;
  };
}
/**
 * What one commit did to one record.
 */
export interface Change {
  /**
   * The git commit.
   */
  commit: string;
  /**
   * A UTC date and time, ISO 8601.
   */
  date: string;
  /**
   * The type of record.
   */
  type: "organization" | "event" | "source";
  id: RecordId;
  /**
   * What happened to the record.
   */
  change: "added" | "changed" | "renamed" | "withdrawn" | "restored" | "removed";
  formerId?: RecordId;
  /**
   * The change in one English sentence.
   */
  summary: string;
  /**
   * The fields that changed, with their values before and after.
   */
  fields: {
    /**
     * JSON Pointer of the field, or of the list an item was added to or removed from.
     */
    pointer: string;
    /**
     * The same as pointer, under the name it had first; kept for clients that read it.
     */
    path: string;
    /**
     * The field's name as the pages label it, such as Name (English).
     */
    label: string;
    /**
     * Whether the field (or list item) was added, removed or changed.
     */
    change: "added" | "removed" | "changed";
    /**
     * Present (true) when an item was added to or removed from the list at pointer; before or after is the item.
     */
    listItem?: true;
    /**
     * The change to this field in words, in English, as the change's summary says it: a citation's fields are told together, in the summary.
     */
    summary: string;
    /**
     * The value before the change.
     */
    before?: unknown;
    /**
     * The value after the change.
     */
    after?: unknown;
  }[];
  links?: RecordLinks;
}
/**
 * The response at api/v1/{collection}/{id}/history.json: every change to one record, newest first.
 */
export interface RecordHistory {
  /**
   * An absolute URL on this site or elsewhere.
   */
  $schema: string;
  /**
   * Version of the API's response shapes (semantic versioning).
   */
  schemaVersion: string;
  /**
   * The type of record.
   */
  type: "organization" | "event" | "source";
  id: RecordId;
  /**
   * A UTC date and time, ISO 8601.
   */
  created: string;
  /**
   * A UTC date and time, ISO 8601.
   */
  updated: string;
  /**
   * False when the build had no full git history.
   */
  complete: boolean;
  /**
   * Changes, newest first.
   */
  changes: Change[];
  /**
   * The record's document, page and this history.
   */
  links: {
    /**
     * An absolute URL on this site or elsewhere.
     */
    self: string;
    /**
     * An absolute URL on this site or elsewhere.
     */
    html: string;
    /**
     * An absolute URL on this site or elsewhere.
     */
    history: string;
  };
}
/**
 * The response at a renamed record's former address, api/v1/{collection}/{formerId}.json: where the record is now.
 */
export interface MovedRecord {
  /**
   * An absolute URL on this site or elsewhere.
   */
  $schema: string;
  /**
   * Version of the API's response shapes (semantic versioning).
   */
  schemaVersion: string;
  /**
   * The type of record.
   */
  type: "organization" | "event" | "source";
  id: RecordId;
  /**
   * Always "moved".
   */
  status: "moved";
  /**
   * A summary of a record of any type.
   */
  movedTo: OrganizationSummary | EventSummary | SourceSummary;
  /**
   * This stub, and the record's document and page.
   */
  links: {
    /**
     * An absolute URL on this site or elsewhere.
     */
    self: string;
    /**
     * An absolute URL on this site or elsewhere.
     */
    location: string;
    /**
     * An absolute URL on this site or elsewhere.
     */
    html: string;
  };
}
/**
 * The response at api/v1/manifest.json: every other published file with its size and SHA-256, to check a copy of the site.
 */
export interface Manifest {
  /**
   * An absolute URL on this site or elsewhere.
   */
  $schema: string;
  /**
   * Version of the API's response shapes (semantic versioning).
   */
  schemaVersion: string;
  /**
   * A UTC date and time, ISO 8601.
   */
  updated: string;
  /**
   * The git commit the site was built from, or null when unknown.
   */
  dataCommit: string | null;
  /**
   * An absolute URL on this site or elsewhere.
   */
  baseUrl: string;
  /**
   * Number of files listed.
   */
  totalFiles: number;
  /**
   * Their total size.
   */
  totalBytes: number;
  /**
   * Every published file but this one, by path.
   */
  files: ManifestEntry[];
}
/**
 * One published file in the manifest.
 */
export interface ManifestEntry {
  /**
   * Path relative to the base URL.
   */
  path: string;
  /**
   * Size in bytes.
   */
  size: number;
  /**
   * SHA-256 of the file's bytes, hex.
   */
  sha256: string;
}
/**
 * One line of api/v1/statements.ndjson: one value an organization or event publishes, how it is known, the sources it rests on and when the registry's history first and last saw it.
 */
export interface Statement {
  /**
   * The type of record: organization or event.
   */
  type: "organization" | "event";
  id: RecordId;
  /**
   * JSON Pointer of the value in the record, such as /names/display/en.
   */
  pointer: string;
  /**
   * The value as the record holds it: text, a number or true or false.
   */
  value: string | number | boolean;
  language?: LanguageTag;
  /**
   * How the value is known: stated, a cited source says it; inferred, it follows from a cited source, for the reasons given.
   */
  how: "stated" | "inferred";
  /**
   * For an inferred value, the reason each of its citations gives, per language.
   *
   * @minItems 1
   */
  reasons?: LocalizedLineOfText[];
  /**
   * Ids of the sources that state the value, or that it is inferred from.
   */
  sources: RecordId[];
  asOf?: CalendarDate;
  firstSeen?: Sighting;
  lastSeen?: Sighting;
}
/**
 * A commit of the registry's history, and when it was made.
 */
export interface Sighting {
  /**
   * The git commit.
   */
  commit: string;
  /**
   * A UTC date and time, ISO 8601.
   */
  date: string;
}
