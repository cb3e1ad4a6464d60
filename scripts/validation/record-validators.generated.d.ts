// Declarations for record-validators.generated.js, written by `npm run genvalidators`.
import type { ValidateFunction } from "ajv";

export declare const organizations: ValidateFunction;
export declare const events: ValidateFunction;
export declare const sources: ValidateFunction;
