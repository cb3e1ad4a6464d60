import type { ValidateFunction } from "ajv";
import {
  readResponseSchemaDocuments,
  readSchemaDocuments,
  responseSchemaNames,
  schemaFileNames,
} from "../../records/schema-documents.ts";
import { createAjv } from "../../validation/compile-schemas.ts";

let cached: Map<string, ValidateFunction> | undefined;

/** Validators for the API's responses, by schema name (`organization-document`, …), compiled once. */
export function responseValidators(): Map<string, ValidateFunction> {
  if (cached) return cached;
  const ajv = createAjv();
  const records = readSchemaDocuments();
  for (const name of schemaFileNames) ajv.addSchema(records[name]);
  const responses = readResponseSchemaDocuments();
  for (const name of responseSchemaNames) ajv.addSchema(responses[name]);
  cached = new Map(responseSchemaNames.map((name) => [name, ajv.getSchema(`api/${name}.schema.json`)!]));
  return cached;
}
