import type { Catalog, CatalogEntry } from "../catalog/catalog.ts";
import { collectionNames, type CollectionName } from "../records/collections.ts";
import type { SiteConfig } from "../paths/site-config.ts";
import { apiSchemaVersion, dataLicence } from "./api-contract.ts";
import { csvColumns, type CsvColumn } from "./csv-columns.ts";
import { changeTables } from "./database-change-tables.ts";
import { relationTables } from "./database-relation-tables.ts";

/** A value of a database cell. */
export type SqlValue = string | number | null;

export interface DatabaseColumn {
  name: string;
  type: "TEXT" | "INTEGER" | "REAL";
  description: string;
  notNull?: boolean;
  /** The table whose key the column holds: a declared foreign key. */
  references?: string;
}

/**
 * A table of `api/v1/registry.sqlite`: its columns, key and indexes, what the API page says of
 * it, and its rows, in the order they are written (the same data gives the same file).
 */
export interface DatabaseTable {
  name: string;
  description: string;
  columns: readonly DatabaseColumn[];
  primaryKey: readonly string[];
  /** Columns that queries look up by (the other side of a relation), each indexed. */
  indexes?: readonly string[];
  /** Conditions every row meets, as SQL. */
  checks?: readonly string[];
  rows(source: DatabaseSource): Iterable<readonly SqlValue[]>;
}

export interface DatabaseSource {
  catalog: Catalog;
  site: SiteConfig;
}

/** The SQL type that holds a CSV column's values; lists have tables of their own. */
const sqlTypeOf: Record<Exclude<CsvColumn<never>["type"], "array">, DatabaseColumn["type"]> = {
  string: "TEXT",
  date: "TEXT",
  datetime: "TEXT",
  integer: "INTEGER",
  number: "REAL",
};

const recordTableDescriptions: Record<CollectionName, string> = {
  organizations: "One row per organization: the columns of organizations.csv but the lists.",
  events: "One row per event: the columns of events.csv but the lists.",
  sources: "One row per source: the columns of sources.csv but the lists.",
};

/**
 * A collection's table: the columns of its CSV file, with the same names, types and meanings,
 * but the lists, whose items are rows of the relation tables instead.
 */
function recordTable(collection: CollectionName): DatabaseTable {
  const columns = (csvColumns[collection] as CsvColumn<unknown>[]).filter(
    (column): column is CsvColumn<unknown> & { type: keyof typeof sqlTypeOf } => column.type !== "array",
  );
  return {
    name: collection,
    description: recordTableDescriptions[collection],
    columns: columns.map((column) => ({
      name: column.name,
      type: sqlTypeOf[column.type],
      description: column.description,
      ...(column.name === "id" ? { notNull: true } : {}),
      ...(column.references ? { references: column.references } : {}),
    })),
    primaryKey: ["id"],
    *rows({ catalog, site }) {
      for (const entry of catalog[collection].values() as Iterable<CatalogEntry>) {
        yield columns.map((column) => {
          const value = column.value(entry.record, entry, site);
          return value === undefined ? null : (value as string | number);
        });
      }
    },
  };
}

const metadataTable: DatabaseTable = {
  name: "metadata",
  description:
    "Facts about the file, one per row: base_url, data_commit, history_complete, licence, schema_version (of the API) and updated (when the data last changed).",
  columns: [
    { name: "key", type: "TEXT", description: "What the value is.", notNull: true },
    { name: "value", type: "TEXT", description: "The value." },
  ],
  primaryKey: ["key"],
  *rows({ catalog, site }) {
    yield ["base_url", site.baseUrl];
    yield ["data_commit", catalog.history.dataCommit ?? null];
    yield ["history_complete", catalog.history.complete ? "true" : "false"];
    yield ["licence", dataLicence.id];
    yield ["schema_version", apiSchemaVersion];
    yield ["updated", catalog.dataUpdated];
  },
};

/**
 * Every table, each after the tables it refers to: the collections, then their lists and
 * relations, then the change log and the file's metadata.
 */
export const databaseTables: readonly DatabaseTable[] = [
  ...collectionNames.map(recordTable),
  ...relationTables,
  ...changeTables,
  metadataTable,
];
