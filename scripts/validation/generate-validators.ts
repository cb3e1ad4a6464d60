import standaloneCodeModule from "ajv/dist/standalone/index.js";
import { collectionNames, schemaNameOf } from "../records/collections.ts";
import { readSchemaDocuments, schemaFileNames } from "../records/schema-documents.ts";
import { createAjv } from "./compile-schemas.ts";

const standaloneCode = standaloneCodeModule as unknown as typeof standaloneCodeModule.default;

const banner = `// GENERATED from schemas/*.schema.json by \`npm run genvalidators\`. Do not edit by hand:
// change the schemas and run \`npm run genvalidators\` again.
/* eslint-disable */
import { createRequire } from "node:module";
import { recordFormats } from "./record-formats.ts";
const require = createRequire(import.meta.url);
`;

/** The source of `record-validators.generated.js`: one precompiled validator per collection. */
export function generateValidators(): string {
  const ajv = createAjv({ standalone: true });
  const documents = readSchemaDocuments();
  for (const name of schemaFileNames) ajv.addSchema(documents[name]);
  const exports = Object.fromEntries(
    collectionNames.map((collection) => [collection, `${schemaNameOf[collection]}.schema.json`]),
  );
  return `${banner}${standaloneCode(ajv, exports).replace(/^"use strict";/, "")}\n`;
}
