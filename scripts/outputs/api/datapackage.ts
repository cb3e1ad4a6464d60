import { collectionNames, type CollectionName } from "../../records/collections.ts";
import { absoluteUrl } from "../../paths/site-config.ts";
import { sitePaths } from "../../paths/site-paths.ts";
import { apiSchemaVersion, dataLicence } from "../../contract/api-contract.ts";
import { csvColumns, type CsvColumn } from "../../contract/csv-columns.ts";
import { databaseTables } from "../../contract/database-tables.ts";
import { statementColumns } from "../../contract/statement-columns.ts";
import type { OutputContext } from "../output-context.ts";
import { registryDescription, registryTitle } from "./registry-description.ts";

/** A path as the Data Package gives it: relative to the descriptor, which sits beside the files. */
const besideDescriptor = (sitePath: string) => sitePath.replace("api/v1/", "");

/** A column's foreign key: to the `id` of its collection's resource, `""` (this resource) for its own collection. */
function foreignKeys(collection: CollectionName): object[] {
  return (csvColumns[collection] as CsvColumn<unknown>[]).flatMap((column) =>
    column.references
      ? [
          {
            fields: column.name,
            reference: { resource: column.references === collection ? "" : column.references, fields: "id" },
          },
        ]
      : [],
  );
}

/** How every CSV file of the API is written, for readers of the Data Package. */
const csvFormat = {
  profile: "tabular-data-resource",
  format: "csv",
  mediatype: "text/csv",
  encoding: "utf-8",
  dialect: { delimiter: ",", lineTerminator: "\n", quoteChar: '"', doubleQuote: true, header: true },
};

function csvResource(collection: CollectionName) {
  const keys = foreignKeys(collection);
  return {
    name: collection,
    path: besideDescriptor(sitePaths.apiCsv(collection)),
    ...csvFormat,
    schema: {
      fields: (csvColumns[collection] as CsvColumn<unknown>[]).map((column) => ({
        name: column.name,
        type: column.type,
        description: column.description,
        ...(column.enum || column.pattern
          ? {
              constraints: {
                ...(column.enum ? { enum: column.enum } : {}),
                ...(column.pattern ? { pattern: column.pattern } : {}),
              },
            }
          : {}),
      })),
      primaryKey: "id",
      // The Table Schema profile requires at least one entry when the key is present.
      ...(keys.length ? { foreignKeys: keys } : {}),
      missingValues: [""],
    },
  };
}

/** `statements.csv`: a row per published value, keyed by the record and the value's pointer. */
function statementsResource() {
  return {
    name: "statements",
    path: besideDescriptor(sitePaths.apiStatementsCsv),
    ...csvFormat,
    schema: {
      fields: statementColumns.map(({ name, type, description, enum: values }) => ({
        name,
        type,
        description,
        ...(values ? { constraints: { enum: values } } : {}),
      })),
      primaryKey: ["collection", "id", "pointer"],
      missingValues: [""],
    },
  };
}

/**
 * The SQLite file, as a resource of its own: not a table, so the package is a Data Package
 * rather than a Tabular Data Package, whose every resource must be a table; the CSV resources
 * stay tabular data resources.
 */
function databaseResource() {
  return {
    name: "registry-database",
    path: besideDescriptor(sitePaths.apiDatabase),
    profile: "data-resource",
    title: "The whole registry as one SQLite database",
    description: `Every record, list, relation and change in one SQLite 3 file, with primary and foreign keys declared. Tables: ${databaseTables.map((table) => table.name).join(", ")}. The collections' tables have the CSV files' columns but the lists, whose items are rows of the other tables; the API page describes every table.`,
    format: "sqlite",
    mediatype: "application/vnd.sqlite3",
  };
}

/**
 * `api/v1/datapackage.json`: a Frictionless Data Package describing the CSV dumps, the statements
 * and the SQLite database.
 */
export function datapackageDocument(context: OutputContext) {
  const { site, catalog } = context;
  return {
    profile: "data-package",
    name: "lingang-sci-tech-cluster-registry",
    title: registryTitle("open data"),
    description: `${registryDescription(catalog)}: its organizations, events and sources. Every list in a CSV cell is a JSON array (Table Schema type array), and an empty cell is a missing value. Text cells that start with =, +, - or @ carry a leading apostrophe so that spreadsheets do not run them as formulas; the JSON files hold the text as curated.`,
    version: apiSchemaVersion,
    created: catalog.dataUpdated,
    homepage: absoluteUrl(site, sitePaths.home),
    licenses: [{ name: dataLicence.id, title: dataLicence.name, path: dataLicence.url }],
    resources: [...collectionNames.map(csvResource), statementsResource(), databaseResource()],
  };
}
