import { Ajv2020 } from "ajv/dist/2020.js";
import { readSchemaDocuments, schemaFileNames } from "../../scripts/records/schema-documents.ts";
import { compileRecordValidators, type RecordValidators } from "../../scripts/validation/compile-schemas.ts";

/** Ajv with its defaults but no format checks and no project keywords: what a reader that ignores `format` sees. */
function formatBlindValidators(): RecordValidators {
  const ajv = new Ajv2020({ strict: false, validateFormats: false, logger: false });
  const documents = readSchemaDocuments();
  for (const name of schemaFileNames) ajv.addSchema(documents[name]);
  return {
    events: ajv.getSchema("event.schema.json")!,
    organizations: ajv.getSchema("organization.schema.json")!,
    sources: ajv.getSchema("source.schema.json")!,
  };
}

/**
 * The project's validators, and a plain reader of the published schemas: a rule that the
 * schemas' patterns hold must hold for both, so that every reader of the schemas enforces it.
 */
export function schemaReaders(): Record<string, RecordValidators> {
  return {
    "the project's validators": compileRecordValidators(),
    "a format-blind reader": formatBlindValidators(),
  };
}
