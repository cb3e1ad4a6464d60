/*
 * GENERATED from schemas/*.schema.json by `npm run gentypes`. Do not edit by hand:
 * change the schemas and run `npm run gentypes` again.
 */

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
  formerIds?: [RecordId, ...RecordId[]];
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
 * Stable identifier of a record: lowercase ASCII letters and digits in words joined by single hyphens, at most 64 characters, and neither "index" nor "page" (reserved for the collection lists and their pages). It is also the record's file name and URL segment.
 */
export type RecordId = string;
/**
 * One line of plain text (markup is not interpreted), without line breaks or tabs and without white space at either end.
 */
export type LineOfPlainText = string;
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
 * A year (YYYY), a month (YYYY-MM) or a full date (YYYY-MM-DD), for facts known only to that precision, in the years 1000 to 9999 (proleptic Gregorian calendar).
 */
export type PartialDate = string;
/**
 * Plain text of one or more paragraphs separated by blank lines (markup is not interpreted), without tabs or carriage returns and without white space at either end.
 */
export type PlainText = string;
/**
 * The source records this record's facts come from: at least one, each optionally with the fields it supports and how it supports them.
 *
 * @minItems 1
 */
export type Sources = [SourceCitation, ...SourceCitation[]];
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
  fields?: [string, ...string[]];
  /**
   * How the source supports the fields: "stated", the source says them (the default when absent), or "inferred", the curator concluded them from what the source says, for the reason given.
   */
  how?: "stated" | "inferred";
  reason?: LocalizedLineOfText;
} & {
  source: RecordId;
  /**
   * JSON Pointers to the fields of this record that the source supports, such as "/names/display/en"; a pointer covers everything beneath it. Without it, the source supports the record as a whole.
   *
   * @minItems 1
   */
  fields?: [string, ...string[]];
  /**
   * How the source supports the fields: "stated", the source says them (the default when absent), or "inferred", the curator concluded them from what the source says, for the reason given.
   */
  how?: "stated" | "inferred";
  reason?: LocalizedLineOfText;
};
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
  formerIds?: [RecordId, ...RecordId[]];
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
  participants?: [Participant, ...Participant[]];
  /**
   * People who spoke at the event.
   *
   * @minItems 1
   */
  speakers?: [Speaker, ...Speaker[]];
  attendance?: Attendance;
  description?: LocalizedPlainText;
  sources: Sources;
};
/**
 * A full calendar date (YYYY-MM-DD), or a date and time with a UTC offset (YYYY-MM-DDThh:mm:ss+hh:mm, or Z for UTC), in the years 1000 to 9999 (proleptic Gregorian calendar).
 */
export type DateOrDateAndTime = string;
/**
 * An IANA time zone name.
 */
export type TimeZone = string;
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
  formerIds?: [RecordId, ...RecordId[]];
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
 * A full calendar date, YYYY-MM-DD, in the years 1000 to 9999 (proleptic Gregorian calendar).
 */
export type CalendarDate = string;

export interface RegistryRecords {
  organization?: Organization;
  event?: Event;
  source?: Source;
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
 * A name or title in one or more languages, keyed by BCP 47 language tag. The English form ("en") is required and is the display form.
 */
export interface LocalizedName {
  en: LineOfPlainText;
  [k: string]: LineOfPlainText;
}
/**
 * Lists of short texts, such as acronyms or other names, keyed by BCP 47 language tag.
 */
export interface LocalizedListOfShortTexts {
  /**
   * @minItems 1
   */
  [k: string]: [LineOfPlainText, ...LineOfPlainText[]];
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
 * The organization's web presence.
 */
export interface Links {
  website?: WebAddress;
  /**
   * Other official pages, each with a label.
   *
   * @minItems 1
   */
  other?: [Link, ...Link[]];
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
 * Who published the document: an organization record, the name as credited, or both.
 */
export interface Publisher {
  organization?: RecordId;
  name?: LineOfPlainText;
}
