import type { Catalog } from "../../catalog/catalog.ts";
import { collectionNames } from "../../records/collections.ts";
import type { SiteConfig } from "../../site-config.ts";
import type { OutputTree } from "../output-tree.ts";
import { sitePaths } from "../site-paths.ts";
import { apiIndexDocument, collectionDocument } from "./collection-documents.ts";
import { csvDump } from "./csv-dumps.ts";
import { datapackageDocument } from "./datapackage.ts";
import { allRecordsJson, ndjson } from "./dumps.ts";
import { openapiDocument } from "./openapi.ts";
import { publishedSchemas } from "./published-schemas.ts";
import { recordDocument } from "./record-documents.ts";
import { changeDocuments, historyDocument } from "./change-documents.ts";
import { movedDocument } from "./moved-documents.ts";

/** A JSON document and the response schema it must satisfy before the build is published. */
export interface CheckedDocument {
  sitePath: string;
  schema: string;
  document: unknown;
}

const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const compact = (value: unknown) => `${JSON.stringify(value)}\n`;

/**
 * Writes the JSON API straight from the catalog: one document per record (compact, as there
 * are many), lists, dumps, the Data Package, the OpenAPI document and the schemas.
 * Calls `check` with every document that has a response schema.
 */
export function writeApi(
  site: SiteConfig,
  catalog: Catalog,
  output: OutputTree,
  check: (document: CheckedDocument) => void,
): void {
  const emit = (sitePath: string, schema: string | undefined, document: unknown, format = compact) => {
    if (schema) check({ sitePath, schema, document });
    output.write(sitePath, format(document));
  };
  emit(sitePaths.apiIndex, "api-index", apiIndexDocument(site, catalog), pretty);
  for (const collection of collectionNames) {
    emit(sitePaths.apiCollection(collection), "collection", collectionDocument(site, catalog, collection));
    for (const entry of catalog[collection].values()) {
      const document = recordDocument(site, catalog, entry);
      emit(sitePaths.apiRecord(collection, entry.id), `${document.type as string}-document`, document);
      emit(
        sitePaths.apiRecordHistory(collection, entry.id),
        "history",
        historyDocument(site, catalog, collection, entry.id),
      );
    }
    for (const formerId of catalog.formerIds[collection].keys()) {
      emit(sitePaths.apiRecord(collection, formerId), "moved", movedDocument(site, catalog, collection, formerId));
    }
    output.write(sitePaths.apiNdjson(collection), ndjson(catalog, collection));
    output.write(sitePaths.apiCsv(collection), csvDump(site, catalog, collection));
  }
  for (const { sitePath, document } of changeDocuments(site, catalog)) emit(sitePath, "changes", document);
  const all = allRecordsJson(site, catalog);
  check({ sitePath: sitePaths.apiAll, schema: "all", document: JSON.parse(all) });
  output.write(sitePaths.apiAll, all);
  emit(sitePaths.apiDatapackage, undefined, datapackageDocument(site, catalog), pretty);
  emit(sitePaths.apiOpenapi, undefined, openapiDocument(site, catalog), pretty);
  for (const schema of publishedSchemas(site)) output.write(schema.sitePath, schema.text);
}
