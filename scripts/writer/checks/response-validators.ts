import type { ValidateFunction } from "ajv";
import { responseSchemaNames, responseValidatorName } from "../../records/schema-documents.ts";
import * as generated from "../../validation/response-validators.generated.js";

const validators = new Map<string, ValidateFunction>(
  responseSchemaNames.map((name) => [
    name,
    (generated as unknown as Record<string, ValidateFunction>)[responseValidatorName(name)]!,
  ]),
);

/**
 * Validators for the API's responses, by schema name (`organization-document`, …), compiled
 * ahead of time from `schemas/api/` by `npm run genvalidators` (a test fails when they are stale).
 */
export function responseValidators(): ReadonlyMap<string, ValidateFunction> {
  return validators;
}
