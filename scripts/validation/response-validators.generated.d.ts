// Declarations for response-validators.generated.js, written by `npm run genvalidators`.
import type { ValidateFunction } from "ajv";

declare const validators: Record<string, ValidateFunction>;
export = validators;
