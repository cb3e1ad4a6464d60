import type { ErrorObject } from "ajv";
import { escapePointerSegment } from "../records/json-pointer.ts";
import { intlTimeZoneName } from "./custom-formats.ts";
import { didYouMean } from "./suggest-closest.ts";

export interface SchemaFinding {
  pointer: string;
  /** Whether the position to show is the property's key (an unknown key) or its value. */
  target: "value" | "key";
  message: string;
  /** Set when `npm run fix` repairs the value: white space at either end of text. */
  fixCommand?: string;
}

/**
 * Turns ajv's errors into sentences for contributors. Wording written in the schemas
 * (ajv-errors `errorMessage`) wins; the rest is phrased here from ajv's parameters.
 */
export function describeSchemaErrors(errors: readonly ErrorObject[]): SchemaFinding[] {
  const findings: SchemaFinding[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const finding = describeSchemaError(error);
    if (!finding) continue;
    const key = `${finding.pointer}\u0000${finding.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  return findings;
}

/** Keywords whose errors only repeat what the errors beneath them say. */
const wrapperKeywords = new Set(["if", "propertyNames", "allOf"]);

function describeSchemaError(error: ErrorObject): SchemaFinding | undefined {
  if (wrapperKeywords.has(error.keyword)) return undefined;
  const original = error.keyword === "errorMessage" ? (error.params.errors as ErrorObject[])[0]! : error;
  let pointer = error.instancePath;
  let target: SchemaFinding["target"] = "value";
  let message = error.keyword === "errorMessage" ? error.message! : describeKeyword(original);
  const propertyName = (error as ErrorObject & { propertyName?: string }).propertyName;
  if (propertyName !== undefined) {
    pointer += `/${escapePointerSegment(propertyName)}`;
    target = "key";
    message = `key "${propertyName}" ${message}`;
  } else if (original.keyword === "required") {
    pointer += `/${escapePointerSegment(original.params.missingProperty as string)}`;
  } else if (original.keyword === "additionalProperties") {
    pointer += `/${escapePointerSegment(original.params.additionalProperty as string)}`;
    target = "key";
  }
  if (
    original.keyword === "format" &&
    original.params.format === "iana-time-zone" &&
    typeof original.data === "string"
  ) {
    message += timeZoneSuggestion(original.data);
  }
  const fixable = typeof original.data === "string" && original.data !== original.data.trim();
  return { pointer, target, message, ...(fixable ? { fixCommand: "npm run fix" } : {}) };
}

/** The zone a name in the wrong case stands for, or else the closest known name to a typo. */
function timeZoneSuggestion(value: string): string {
  const intlName = intlTimeZoneName(value);
  if (intlName !== undefined && intlName.toLowerCase() === value.toLowerCase()) return ` (did you mean "${intlName}"?)`;
  return didYouMean(value, Intl.supportedValuesOf("timeZone"));
}

function describeKeyword(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return `missing the required property "${params.missingProperty as string}"`;
    case "additionalProperties": {
      const name = params.additionalProperty as string;
      const known = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      const allowed = known.length ? `; allowed here: ${known.join(", ")}` : "";
      return `unknown property "${name}"${didYouMean(name, known) || allowed}`;
    }
    case "enum": {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const suggestion = typeof error.data === "string" ? didYouMean(error.data, allowed) : "";
      return `${JSON.stringify(error.data)} is not allowed${suggestion}; use one of: ${allowed.join(", ")}`;
    }
    case "const":
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case "type":
      return `must be ${typeNames[params.type as string] ?? String(params.type)}`;
    case "minItems":
      return `must have at least ${count(params.limit, "item")}`;
    case "maxItems":
      return `must have at most ${count(params.limit, "item")}`;
    case "minProperties":
      return `must have at least ${count(params.limit, "property", "properties")}`;
    case "minLength":
      return `must be at least ${count(params.limit, "character")} long`;
    case "maxLength":
      return `must be at most ${count(params.limit, "character")} long`;
    case "minimum":
      return `must be ${String(params.limit)} or more`;
    case "maximum":
      return `must be ${String(params.limit)} or less`;
    case "uniqueItems":
      return `must not repeat an item (items ${String(params.j)} and ${String(params.i)} are the same)`;
    case "format":
      return `must be a valid ${String(params.format)}`;
    case "pattern":
      return `must match the pattern ${String(params.pattern)}`;
    default:
      return error.message ?? `fails the schema's "${error.keyword}" rule`;
  }
}

const typeNames: Record<string, string> = {
  string: "text (a string)",
  object: "an object",
  array: "a list (an array)",
  integer: "a whole number",
  number: "a number",
  boolean: "true or false",
  null: "null",
};

function count(value: unknown, singular: string, plural = `${singular}s`): string {
  return `${String(value)} ${value === 1 ? singular : plural}`;
}
