import { _, type ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import ajvErrorsModule from "ajv-errors";
import type { CollectionName } from "../records/collections.ts";
import { recordFormats } from "./record-formats.ts";
import * as generated from "./record-validators.generated.js";

// A CommonJS package whose default export ESM sees one level down.
const ajvErrors = ajvErrorsModule as unknown as typeof ajvErrorsModule.default;

export type RecordValidators = Record<CollectionName, ValidateFunction>;

/**
 * The record validators, compiled ahead of time from the schemas by `npm run genvalidators`
 * (a test fails when they are stale), so that no command pays for compiling them.
 */
export function compileRecordValidators(): RecordValidators {
  return generated as unknown as RecordValidators;
}

export interface AjvOptions {
  /** Emit source code for standalone validators, importing formats as `recordFormats`. */
  standalone?: boolean;
}

/** An Ajv for this project's schemas: strict, every error at once, errors with their schema. */
export function createAjv(options: AjvOptions = {}): Ajv2020 {
  const ajv = new Ajv2020({
    strict: true,
    // Off because if/then branches name properties that the root schema defines.
    strictRequired: false,
    allErrors: true,
    verbose: true,
    ...(options.standalone ? { code: { source: true, esm: true, formats: _`recordFormats` } } : {}),
  });
  for (const [name, format] of Object.entries(recordFormats)) ajv.addFormat(name, format);
  ajvErrors(ajv);
  return ajv;
}
