import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import ajvErrorsModule from "ajv-errors";
import { collectionNames, schemaNameOf, type CollectionName } from "../records/collections.ts";
import { readSchemaDocuments, schemaFileNames } from "../records/schema-documents.ts";
import { isPartialDate, isTimeZoneName } from "./custom-formats.ts";

// Both packages are CommonJS with a default export that ESM sees one level down.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const ajvErrors = ajvErrorsModule as unknown as typeof ajvErrorsModule.default;

export type RecordValidators = Record<CollectionName, ValidateFunction>;

let cached: RecordValidators | undefined;

/** Compiles every record schema once per process, strictly, reporting all errors at once. */
export function compileRecordValidators(): RecordValidators {
  if (cached) return cached;
  const ajv = createAjv();
  const documents = readSchemaDocuments();
  for (const name of schemaFileNames) ajv.addSchema(documents[name]);
  cached = Object.fromEntries(
    collectionNames.map((collection) => [collection, ajv.getSchema(`${schemaNameOf[collection]}.schema.json`)!]),
  ) as RecordValidators;
  return cached;
}

export function createAjv(): Ajv2020 {
  // strictRequired is off because if/then branches name properties that the root schema defines.
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, verbose: true });
  addFormats(ajv, ["date", "date-time", "uri"]);
  ajv.addFormat("partial-date", { type: "string", validate: isPartialDate });
  ajv.addFormat("iana-time-zone", { type: "string", validate: isTimeZoneName });
  ajvErrors(ajv);
  return ajv;
}
