import {
  mapSubschemas,
  readResponseSchemaDocuments,
  readSchemaDocuments,
  type ResponseSchemaName,
  type SchemaNode,
} from "../../records/schema-documents.ts";

/**
 * The schemas copied into one OpenAPI document, so that it works as a single downloaded file:
 * every schema document and every `$defs` entry that a response reaches becomes a component of
 * its own, and every `$ref` points inside the document.
 */
export interface BundledSchemas {
  /** The `$ref` of a response schema's component, registering it and all it reaches. */
  ref(name: ResponseSchemaName): { $ref: string };
  /** The components registered so far, in the order they were reached. */
  components(): Record<string, SchemaNode>;
}

/** A base for resolving the schemas' relative `$id`s and `$ref`s; it never leaves this module. */
const base = "https://schemas.invalid/";

/** Where a `$ref` leads: a schema document (by its `$id`, relative to `schemas/`) and a pointer into it. */
interface Target {
  document: string;
  pointer: string;
}

function schemaDocumentsById(): Map<string, SchemaNode> {
  const documents = [...Object.values(readSchemaDocuments()), ...Object.values(readResponseSchemaDocuments())];
  return new Map(documents.map((document) => [document.$id!, document]));
}

function resolve(ref: string, from: string): Target {
  const url = new URL(ref, `${base}${from}`);
  return { document: url.href.slice(base.length, url.href.length - url.hash.length), pointer: url.hash.slice(1) };
}

function nodeAt(documents: Map<string, SchemaNode>, { document, pointer }: Target): SchemaNode {
  let node: unknown = documents.get(document);
  for (const segment of pointer.split("/").slice(1)) {
    node = (node as Record<string, unknown> | undefined)?.[segment.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  if (!node || typeof node !== "object") throw new Error(`schemas: cannot resolve ${document}#${pointer}`);
  return node as SchemaNode;
}

const pascalCase = (name: string) =>
  name.replace(/(?:^|[-_.])(\w)/g, (_, letter: string) => letter.toUpperCase()).replace(/[^A-Za-z0-9]/g, "");

/**
 * A component's name: a document's file name or a definition's name, in PascalCase, as
 * generators name their types (`event-document.schema.json` → `EventDocument`, `$defs/summary`
 * → `Summary`). Any other pointer (into a record's properties, say) names no component: generators
 * turn a pointer into a type's index path, and cannot follow one through `items`.
 */
function componentName({ document, pointer }: Target): string | undefined {
  if (pointer === "") return pascalCase(document.replace(/^.*\//, "").replace(/\.schema\.json$/, ""));
  const definition = /^\/\$defs\/([^/]+)$/.exec(pointer);
  return definition ? pascalCase(definition[1]!) : undefined;
}

/**
 * Dropped from the copies: `$id` and `$schema` would make each component a resource of its own,
 * against which its `$ref`s would resolve; `$defs` become components; `errorMessage` is the
 * wording of this project's validator (ajv-errors), which OpenAPI linters refuse as an unknown
 * keyword and which no consumer needs.
 */
const dropped = new Set(["$id", "$schema", "$defs", "errorMessage"]);

/**
 * A `$ref` that names no component, replaced by a copy of what it points at; the annotations
 * beside the `$ref` (its description) win over the copy's own.
 */
function merged(copied: SchemaNode, beside: SchemaNode): SchemaNode {
  const clash = Object.keys(beside).find((keyword) => keyword in copied && !annotations.has(keyword));
  if (clash) throw new Error(`schemas: "${clash}" beside a $ref that is copied in`);
  return { ...copied, ...beside };
}

const annotations = new Set(["title", "description", "$comment", "examples"]);

const conditionalBranches = new Set(["if", "then", "else", "not"]);

/**
 * A branch of a condition (`if`, `then`, `else`, `not`) speaks of properties that the object's
 * own schema defines and closes: it only adds a condition on some of them. OpenAPI tools read a
 * branch as a schema of its own, though: Redocly reports a `required` property the branch does
 * not list, and checks examples as if a branch that lists properties allowed no others. So the
 * branch says both out loud, which changes nothing for a JSON Schema validator: the properties
 * it requires are listed as `true` (anything; the object's schema says what they hold), and a
 * `then` or `else` that lists properties allows the rest (the object's schema decides which
 * there may be). No schema of this project uses `unevaluatedProperties`, on which the second
 * would have a bearing.
 */
function openBranch(schema: SchemaNode, branch: string): SchemaNode {
  const unlisted = (schema.required ?? []).filter((name) => !(name in (schema.properties ?? {})));
  const properties =
    unlisted.length > 0
      ? { ...schema.properties, ...Object.fromEntries(unlisted.map((name) => [name, true as unknown as SchemaNode])) }
      : schema.properties;
  const opens = (branch === "then" || branch === "else") && properties && schema.additionalProperties === undefined;
  return { ...schema, ...(properties ? { properties } : {}), ...(opens ? { additionalProperties: true } : {}) };
}

export function bundledSchemas(): BundledSchemas {
  const documents = schemaDocumentsById();
  const components = new Map<string, { target: string; schema?: SchemaNode }>();

  function componentRef(target: Target): { $ref: string } | undefined {
    const name = componentName(target);
    if (!name) return undefined;
    const key = `${target.document}#${target.pointer}`;
    const known = components.get(name);
    if (known && known.target !== key) throw new Error(`schemas: ${known.target} and ${key} are both named ${name}`);
    if (!known) {
      components.set(name, { target: key });
      components.get(name)!.schema = copy(nodeAt(documents, target), target.document);
    }
    return { $ref: `#/components/schemas/${name}` };
  }

  function copy(node: SchemaNode, document: string, branch?: string): SchemaNode {
    if ("unevaluatedProperties" in node)
      throw new Error("schemas: unevaluatedProperties would change what openBranch() does; see its comment");
    const { $ref, ...rest } = node;
    const kept = Object.fromEntries(Object.entries(rest).filter(([keyword]) => !dropped.has(keyword)));
    let copied = mapSubschemas(kept, (subschema, keyword) =>
      copy(subschema, document, conditionalBranches.has(keyword) ? keyword : undefined),
    );
    if ($ref !== undefined) {
      const target = resolve($ref, document);
      const ref = componentRef(target);
      copied = ref ? { ...copied, ...ref } : merged(copy(nodeAt(documents, target), target.document), copied);
    }
    return branch ? openBranch(copied, branch) : copied;
  }

  return {
    ref: (name) => componentRef({ document: `api/${name}.schema.json`, pointer: "" })!,
    components: () => Object.fromEntries([...components].map(([name, { schema }]) => [name, schema!])),
  };
}
