import fs from "node:fs";
import path from "node:path";
import { schemasDir } from "../project-paths.ts";
import type { SchemaName } from "./collections.ts";

/** A JSON Schema document as read from `schemas/`; only the keywords the scripts walk are typed. */
export interface SchemaNode {
  $id?: string;
  $ref?: string;
  $defs?: Record<string, SchemaNode>;
  type?: string | string[];
  title?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  required?: string[];
  enum?: unknown[];
  [keyword: string]: unknown;
}

export const schemaFileNames = ["defs", "organization", "event", "source"] as const;
export type SchemaFileName = (typeof schemaFileNames)[number];

export type SchemaDocuments = Record<SchemaFileName, SchemaNode>;

let cached: SchemaDocuments | undefined;

/** Reads the schemas once per process; every command and the build share the result. */
export function readSchemaDocuments(): SchemaDocuments {
  cached ??= Object.fromEntries(
    schemaFileNames.map((name) => [
      name,
      JSON.parse(fs.readFileSync(path.join(schemasDir, `${name}.schema.json`), "utf8")) as SchemaNode,
    ]),
  ) as SchemaDocuments;
  return cached;
}

/**
 * Follows a `$ref` as the schemas write them: `#/$defs/x` within a document, or
 * `<name>.schema.json#/$defs/x` across documents.
 */
export function resolveSchemaRef(
  documents: SchemaDocuments,
  ref: string,
  from: SchemaFileName,
): { node: SchemaNode; document: SchemaFileName } {
  const [file, fragment = ""] = ref.split("#");
  const document = file ? (file.replace(/\.schema\.json$/, "") as SchemaFileName) : from;
  let node: unknown = documents[document];
  for (const segment of fragment.split("/").slice(1)) {
    node = (node as Record<string, unknown> | undefined)?.[segment.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  if (!node || typeof node !== "object") throw new Error(`schemas: cannot resolve $ref "${ref}" in ${from}`);
  return { node: node as SchemaNode, document };
}

export const responseSchemaNames = [
  "api-defs",
  "api-index",
  "collection",
  "organization-document",
  "event-document",
  "source-document",
  "all",
  "dump-item",
  "summary",
  "changes",
  "history",
  "moved",
  "manifest",
  "manifest-file",
  "statement",
] as const;
export type ResponseSchemaName = (typeof responseSchemaNames)[number];

/** The name a response schema's precompiled validator is exported under: `organization-document` → `organizationDocument`. */
export const responseValidatorName = (name: ResponseSchemaName) =>
  name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

let cachedResponses: Record<ResponseSchemaName, SchemaNode> | undefined;

/** The schemas of the API's responses, in `schemas/api/`. */
export function readResponseSchemaDocuments(): Record<ResponseSchemaName, SchemaNode> {
  cachedResponses ??= Object.fromEntries(
    responseSchemaNames.map((name) => [
      name,
      JSON.parse(fs.readFileSync(path.join(schemasDir, "api", `${name}.schema.json`), "utf8")) as SchemaNode,
    ]),
  ) as Record<ResponseSchemaName, SchemaNode>;
  return cachedResponses;
}

export function recordSchemaOf(documents: SchemaDocuments, name: SchemaName): SchemaNode {
  return documents[name];
}

/** The keywords of JSON Schema 2020-12 whose value is a map of schemas, a list of schemas, or one schema. */
export const subschemaKeywords = {
  maps: new Set(["properties", "patternProperties", "dependentSchemas", "$defs"]),
  lists: new Set(["allOf", "anyOf", "oneOf", "prefixItems"]),
  single: new Set([
    ...["items", "contains", "additionalProperties", "unevaluatedProperties", "unevaluatedItems", "propertyNames"],
    ...["not", "if", "then", "else", "contentSchema"],
  ]),
};

/** A copy of a schema whose direct subschemas are replaced by what `replace` makes of each. */
export function mapSubschemas(
  schema: SchemaNode,
  replace: (subschema: SchemaNode, keyword: string) => SchemaNode,
): SchemaNode {
  const mapped: SchemaNode = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (value === null || typeof value !== "object") mapped[keyword] = value;
    else if (subschemaKeywords.maps.has(keyword))
      mapped[keyword] = Object.fromEntries(
        Object.entries(value as Record<string, SchemaNode>).map(([key, node]) => [key, replace(node, keyword)]),
      );
    else if (subschemaKeywords.lists.has(keyword))
      mapped[keyword] = (value as SchemaNode[]).map((node) => replace(node, keyword));
    else if (subschemaKeywords.single.has(keyword)) mapped[keyword] = replace(value as SchemaNode, keyword);
    else mapped[keyword] = value;
  }
  return mapped;
}
