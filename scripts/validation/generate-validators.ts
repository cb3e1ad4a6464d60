import standaloneCodeModule from "ajv/dist/standalone/index.js";
import { collectionNames, schemaNameOf } from "../records/collections.ts";
import {
  readResponseSchemaDocuments,
  readSchemaDocuments,
  responseSchemaNames,
  responseValidatorName,
  schemaFileNames,
} from "../records/schema-documents.ts";
import { createAjv } from "./compile-schemas.ts";

const standaloneCode = standaloneCodeModule as unknown as typeof standaloneCodeModule.default;

/** A generated validator module: where it goes, and its source. */
export interface GeneratedValidators {
  /** Relative to the project root. */
  file: string;
  source: string;
}

const banner = (schemas: string) => `// GENERATED from ${schemas} by \`npm run genvalidators\`. Do not edit by hand:
// change the schemas and run \`npm run genvalidators\` again.
/* eslint-disable */
import { createRequire } from "node:module";
import { recordFormats } from "./record-formats.ts";
const require = createRequire(import.meta.url);
`;

/**
 * The validators compiled ahead of time with ajv's standalone code, so that no command pays
 * for compiling schemas: one per collection for the records, one per response schema of the API.
 */
export function generateValidators(): GeneratedValidators[] {
  const records = readSchemaDocuments();
  const recordAjv = createAjv({ standalone: true });
  for (const name of schemaFileNames) recordAjv.addSchema(records[name]);
  const recordExports = Object.fromEntries(
    collectionNames.map((collection) => [collection, `${schemaNameOf[collection]}.schema.json`]),
  );

  const responseAjv = createAjv({ standalone: true });
  for (const name of schemaFileNames) responseAjv.addSchema(records[name]);
  const responses = readResponseSchemaDocuments();
  for (const name of responseSchemaNames) responseAjv.addSchema(responses[name]);
  const responseExports = Object.fromEntries(
    responseSchemaNames.map((name) => [responseValidatorName(name), `api/${name}.schema.json`]),
  );

  return [
    {
      file: "scripts/validation/record-validators.generated.js",
      source: `${banner("schemas/*.schema.json")}${standaloneCode(recordAjv, recordExports).replace(/^"use strict";/, "")}\n`,
    },
    {
      file: "scripts/validation/response-validators.generated.js",
      source: `${banner("schemas/api/*.schema.json")}${standaloneCode(responseAjv, responseExports).replace(/^"use strict";/, "")}\n`,
    },
  ];
}
