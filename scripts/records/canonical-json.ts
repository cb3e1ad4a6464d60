import { compareCodePoints } from "../text/code-point-order.ts";
import type { SchemaName } from "./collections.ts";
import { maxNestingDepth } from "./nesting-depth.ts";
import {
  readSchemaDocuments,
  resolveSchemaRef,
  type SchemaDocuments,
  type SchemaFileName,
  type SchemaNode,
} from "./schema-documents.ts";

/**
 * Where each key goes in a canonical record: the order in which the schema lists an object's
 * properties; maps (such as localized text) and unknown keys sort by code point after them.
 */
export interface KeyOrder {
  keys: readonly string[];
  properties: ReadonlyMap<string, KeyOrder>;
  /** Order inside the values of map-like objects. */
  values?: KeyOrder;
  /** Order inside array items. */
  items?: KeyOrder;
}

const emptyOrder: KeyOrder = { keys: [], properties: new Map() };

export function keyOrderFor(schema: SchemaName, documents = readSchemaDocuments()): KeyOrder {
  return buildKeyOrder(documents, documents[schema], schema, new Set());
}

function buildKeyOrder(
  documents: SchemaDocuments,
  node: SchemaNode,
  document: SchemaFileName,
  seen: Set<SchemaNode>,
): KeyOrder {
  if (node.$ref) {
    const target = resolveSchemaRef(documents, node.$ref, document);
    return buildKeyOrder(documents, target.node, target.document, seen);
  }
  if (seen.has(node)) return emptyOrder;
  const inner = new Set(seen).add(node);
  const properties = new Map<string, KeyOrder>();
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    properties.set(key, buildKeyOrder(documents, child, document, inner));
  }
  const order: { -readonly [K in keyof KeyOrder]: KeyOrder[K] } = { keys: [...properties.keys()], properties };
  if (node.additionalProperties && typeof node.additionalProperties === "object") {
    order.values = buildKeyOrder(documents, node.additionalProperties, document, inner);
  }
  if (node.items) order.items = buildKeyOrder(documents, node.items, document, inner);
  return order;
}

/** Returns a copy of `value` with every object's keys in canonical order. */
export function canonicalize(value: unknown, order: KeyOrder): unknown {
  if (Array.isArray(value)) return value.map((item) => canonicalize(item, order.items ?? emptyOrder));
  if (value === null || typeof value !== "object") return value;
  const source = value as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const key of order.keys) {
    if (Object.hasOwn(source, key)) result[key] = canonicalize(source[key], order.properties.get(key) ?? emptyOrder);
  }
  const rest = Object.keys(source)
    .filter((key) => !order.properties.has(key))
    .sort(compareCodePoints);
  for (const key of rest) {
    // defineProperty keeps a "__proto__" key as data instead of replacing the prototype.
    Object.defineProperty(result, key, {
      value: canonicalize(source[key], order.values ?? emptyOrder),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return result;
}

/** The one accepted layout of a data file: 2-space indentation, canonical key order, final newline. */
export function formatCanonicalJson(value: unknown, order: KeyOrder): string {
  return `${JSON.stringify(canonicalize(value, order), null, 2)}\n`;
}

/**
 * Whether `text` is already the canonical layout of `value` (parsed from it), without building
 * the canonical copy: the layout is JSON.stringify's, and every object's keys must already be in
 * canonical order. Equivalent to `formatCanonicalJson(value, order) === text`, at a fraction of
 * its cost, which matters because nearly every file takes this path on every build. A value
 * nested deeper than `maxNestingDepth` is never taken as canonical, so that its file is read
 * again by the parser that reports the depth, instead of overflowing the stack here.
 */
export function isCanonicalJson(value: unknown, text: string, order: KeyOrder): boolean {
  return hasCanonicalKeyOrder(value, order, 1) && `${JSON.stringify(value, null, 2)}\n` === text;
}

function hasCanonicalKeyOrder(value: unknown, order: KeyOrder, depth: number): boolean {
  if (value === null || typeof value !== "object") return true;
  if (depth > maxNestingDepth) return false;
  if (Array.isArray(value)) {
    const items = order.items ?? emptyOrder;
    return value.every((item) => hasCanonicalKeyOrder(item, items, depth + 1));
  }
  const source = value as Record<string, unknown>;
  // Listed keys must come in the schema's order: each is looked for after the one before it.
  let nextListed = 0;
  let lastOther: string | undefined;
  for (const key of Object.keys(source)) {
    const child = order.properties.get(key);
    if (child) {
      if (lastOther !== undefined) return false;
      while (nextListed < order.keys.length && order.keys[nextListed] !== key) nextListed++;
      if (nextListed === order.keys.length) return false;
      nextListed++;
      if (!hasCanonicalKeyOrder(source[key], child, depth + 1)) return false;
    } else {
      if (lastOther !== undefined && compareCodePoints(lastOther, key) > 0) return false;
      lastOther = key;
      if (!hasCanonicalKeyOrder(source[key], order.values ?? emptyOrder, depth + 1)) return false;
    }
  }
  return true;
}
