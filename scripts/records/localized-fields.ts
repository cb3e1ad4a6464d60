import type { SchemaName } from "./collections.ts";
import { readSchemaDocuments, resolveSchemaRef, type SchemaFileName, type SchemaNode } from "./schema-documents.ts";

/** The shared definitions whose keys are language tags: text, names and lists of text per language. */
const localizedDefinitions = new Set(["localizedLine", "localizedName", "localizedParagraphs", "localizedLineList"]);

/** An array index in a field's path, written as in `/speakers/*\/name`. */
export const anyIndex = "*";

const cached = new Map<SchemaName, ReadonlySet<string>>();

/**
 * The fields of a record schema whose keys are language tags, as paths with `*` for any array
 * index (`/names/display`, `/speakers/*\/name`), read from the schema so that a new localized
 * field needs no change here: a key such as `url` looks like a language tag and is not one.
 */
export function localizedFields(schema: SchemaName): ReadonlySet<string> {
  let fields = cached.get(schema);
  if (!fields) {
    const found = new Set<string>();
    collect(readSchemaDocuments()[schema], schema, "", found);
    cached.set(schema, (fields = found));
  }
  return fields;
}

function collect(node: SchemaNode, document: SchemaFileName, path: string, found: Set<string>): void {
  if (node.$ref) {
    const definition = /#\/\$defs\/(\w+)$/.exec(node.$ref)?.[1];
    if (definition && localizedDefinitions.has(definition)) {
      found.add(path);
      return;
    }
    const target = resolveSchemaRef(readSchemaDocuments(), node.$ref, document);
    collect(target.node, target.document, path, found);
  }
  for (const [name, child] of Object.entries(node.properties ?? {})) collect(child, document, `${path}/${name}`, found);
  if (node.items) collect(node.items, document, `${path}/${anyIndex}`, found);
}

/** The path of a pointer in the terms of `localizedFields`: each array index replaced by `*`. */
export function fieldPath(segments: readonly (string | number)[]): string {
  return segments.map((segment) => `/${typeof segment === "number" ? anyIndex : segment}`).join("");
}
