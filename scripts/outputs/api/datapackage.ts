import { collectionNames, type CollectionName } from "../../records/collections.ts";
import { absoluteUrl } from "../../paths/site-config.ts";
import { sitePaths } from "../../paths/site-paths.ts";
import { apiSchemaVersion, dataLicence } from "../../contract/api-contract.ts";
import { csvColumns } from "../../contract/csv-columns.ts";
import { statementColumns } from "../../contract/statement-columns.ts";
import type { OutputContext } from "../output-context.ts";
import { registryDescription, registryTitle } from "./registry-description.ts";

const foreignKeys: Record<CollectionName, object[]> = {
  organizations: [
    { fields: "parent", reference: { resource: "", fields: "id" } },
    { fields: "successor", reference: { resource: "", fields: "id" } },
  ],
  events: [{ fields: "successor", reference: { resource: "", fields: "id" } }],
  sources: [
    { fields: "publisher_organization", reference: { resource: "organizations", fields: "id" } },
    { fields: "successor", reference: { resource: "", fields: "id" } },
  ],
};

/** `api/v1/datapackage.json`: a Frictionless Tabular Data Package describing the CSV files. */
export function datapackageDocument(context: OutputContext) {
  const document = collectionsDatapackage(context);
  return { ...document, resources: [...document.resources, statementsResource] };
}

/** How every CSV file of the API is written, for readers of the Data Package. */
const csvFormat = {
  profile: "tabular-data-resource",
  format: "csv",
  mediatype: "text/csv",
  encoding: "utf-8",
  dialect: { delimiter: ",", lineTerminator: "\n", quoteChar: '"', doubleQuote: true, header: true },
};

/** `statements.csv`: a row per published value, keyed by the record and the value's pointer. */
const statementsResource = {
  name: "statements",
  path: sitePaths.apiStatementsCsv.replace("api/v1/", ""),
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

/** The Data Package of the CSV dumps of the collections. */
function collectionsDatapackage(context: OutputContext) {
  const { site, catalog } = context;
  return {
    profile: "tabular-data-package",
    name: "lingang-sci-tech-cluster-registry",
    title: registryTitle("open data"),
    description: `${registryDescription(catalog)}: its organizations, events and sources. Text cells that start with =, +, - or @ carry a leading apostrophe so that spreadsheets do not run them as formulas; the JSON files hold the text as curated.`,
    version: apiSchemaVersion,
    created: catalog.dataUpdated,
    homepage: absoluteUrl(site, sitePaths.home),
    licenses: [{ name: dataLicence.id, title: dataLicence.name, path: dataLicence.url }],
    resources: collectionNames.map((collection) => ({
      name: collection,
      path: sitePaths.apiCsv(collection).replace("api/v1/", ""),
      ...csvFormat,
      schema: {
        fields: csvColumns[collection].map((column) => ({
          name: column.name,
          type: column.type,
          description: column.description,
          ...(column.enum ? { constraints: { enum: column.enum } } : {}),
        })),
        primaryKey: "id",
        // The Table Schema profile requires at least one entry when the key is present.
        ...(foreignKeys[collection].length ? { foreignKeys: foreignKeys[collection] } : {}),
        missingValues: [""],
      },
    })),
  };
}
