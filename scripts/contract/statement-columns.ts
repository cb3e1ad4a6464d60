import type { HowKnown } from "../records/citation-coverage.ts";
import type { LocalizedLineOfText } from "../records/types.generated.ts";

/** One published value with how it is known: a row of `api/v1/statements.csv`, a line of its NDJSON. */
export interface Statement {
  collection: "organizations" | "events";
  id: string;
  pointer: string;
  value: string | number | boolean;
  language?: string;
  how: HowKnown;
  /** For an inferred value: the reasons its citations give. */
  reasons: readonly LocalizedLineOfText[];
  sources: readonly string[];
  /** For a status that holds only as of a date: that date. */
  asOf?: string;
  /** The first and the latest commit that changed the record while it held the value; absent without history. */
  firstSeen?: { commit: string; date: string };
  lastSeen?: { commit: string; date: string };
}

/** A column of the statements CSV, documented in the Data Package and on the API page. */
export interface StatementColumn {
  name: string;
  /** Frictionless Table Schema type. */
  type: "string" | "date" | "datetime" | "array";
  description: string;
  enum?: readonly string[];
  value: (statement: Statement) => string | readonly string[] | undefined;
}

/** A list, or nothing when it is empty: CSV files write a list as a JSON array (see `csv-columns.ts`). */
const listValue = (items: readonly string[]) => (items.length ? items : undefined);

/** The reasons in one language, where they have it. */
const reasonsIn = (statement: Statement, language: string) =>
  listValue(statement.reasons.flatMap((reason) => (reason[language] === undefined ? [] : [reason[language]!])));

export const statementColumns: readonly StatementColumn[] = [
  {
    name: "collection",
    type: "string",
    description: "The record's collection, one of: organizations, events.",
    enum: ["organizations", "events"],
    value: (statement) => statement.collection,
  },
  { name: "id", type: "string", description: "The record's id.", value: (statement) => statement.id },
  {
    name: "pointer",
    type: "string",
    description: "JSON Pointer of the value in the record, such as /names/display/en.",
    value: (statement) => statement.pointer,
  },
  {
    name: "value",
    type: "string",
    description: "The value, as text (a number as its digits).",
    value: (statement) => String(statement.value),
  },
  {
    name: "language",
    type: "string",
    description: "For text of a localized field, its language (BCP 47).",
    value: (statement) => statement.language,
  },
  {
    name: "how",
    type: "string",
    description:
      "How the value is known, one of: stated (a cited source says it), inferred (it follows from a cited source, for the reasons given).",
    enum: ["stated", "inferred"],
    value: (statement) => statement.how,
  },
  {
    name: "reason_en",
    type: "array",
    description: "For an inferred value, the reasons in English, as a JSON array.",
    value: (statement) => reasonsIn(statement, "en"),
  },
  {
    name: "reason_zh_hans",
    type: "array",
    description: "For an inferred value, the reasons in Simplified Chinese, where given, as a JSON array.",
    value: (statement) => reasonsIn(statement, "zh-Hans"),
  },
  {
    name: "sources",
    type: "array",
    description:
      "Ids of the sources that state the value (or that it is inferred from), as a JSON array; each has a row in sources.csv.",
    value: (statement) => listValue(statement.sources),
  },
  {
    name: "as_of",
    type: "date",
    description:
      "For a status that says how things stand (active, scheduled…): the date it holds as of, the latest date of its sources.",
    value: (statement) => statement.asOf,
  },
  {
    name: "first_seen",
    type: "datetime",
    description:
      "When the value was first published: the date of the first commit that gave the record this value here.",
    value: (statement) => statement.firstSeen?.date,
  },
  {
    name: "first_seen_commit",
    type: "string",
    description: "That commit.",
    value: (statement) => statement.firstSeen?.commit,
  },
  {
    name: "last_seen",
    type: "datetime",
    description: "The date of the latest commit that changed the record while it held this value.",
    value: (statement) => statement.lastSeen?.date,
  },
  {
    name: "last_seen_commit",
    type: "string",
    description: "That commit.",
    value: (statement) => statement.lastSeen?.commit,
  },
];
