import { canonicalize, formatCanonicalJson, type KeyOrder } from "./canonical-json.ts";
import { escapePointerSegment } from "./json-pointer.ts";
import { firstDifference, positionAt, type Position } from "./text-position.ts";

export interface LayoutDifference extends Position {
  message: string;
}

/**
 * Where and how a record file's text departs from the canonical layout of its value, or
 * undefined when it does not, or when only keys the schema does not know are out of place: the
 * schema names each of those keys already, and once the contributor has renamed or removed them
 * there is nothing left to say about their position.
 */
export function describeLayoutDifference(text: string, value: unknown, order: KeyOrder): LayoutDifference | undefined {
  const canonical = formatCanonicalJson(value, order);
  if (canonical === text) return undefined;
  if (text.includes("\r")) {
    return { ...firstDifference(text, canonical), message: "uses Windows (CRLF) line endings instead of LF" };
  }
  if (!sameKeyOrder(knownKeys(value, order), knownKeys(canonicalize(value, order), order))) {
    return { ...firstDifference(text, canonical), message: "keys are not in the order the schema lists them" };
  }
  // The canonical layout of the value with its keys where the file has them.
  const ownOrder = `${JSON.stringify(value, null, 2)}\n`;
  // Then the canonical text differs only in where the unknown keys go.
  if (ownOrder === text) return undefined;
  const token = firstDifferentToken(text, ownOrder);
  if (token) {
    // Keys that look like integers are the one thing a parsed object reorders by itself.
    const sameValue =
      isScalarToken(token.written) &&
      isScalarToken(token.canonical) &&
      JSON.parse(token.written) === JSON.parse(token.canonical);
    const message = sameValue ? tokenFormMessage(token) : "keys are not in the order the schema lists them";
    return { ...positionAt(text, token.offset), message };
  }
  if (`${text}\n` === ownOrder) {
    return { ...firstDifference(text, ownOrder), message: "the file must end with a newline" };
  }
  if (text.replace(/\n+$/, "\n") === ownOrder) {
    return { ...firstDifference(text, ownOrder), message: "the file must end with exactly one newline" };
  }
  return {
    ...firstDifference(text, ownOrder),
    message: "indentation or spacing differs (2 spaces per level, one property per line)",
  };
}

/**
 * The pointers of the keys the schema knows, in the order the value holds them. A key the schema
 * does not list, in an object that is not a map, is left out with everything under it.
 */
function knownKeys(value: unknown, order: KeyOrder, pointer = "", into: string[] = []): string[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => knownKeys(item, order.items ?? noOrder, `${pointer}/${index}`, into));
  } else if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      const childOrder = order.properties.get(key) ?? order.values;
      const isUnknown = !childOrder && order.properties.size > 0;
      if (isUnknown) continue;
      const childPointer = `${pointer}/${escapePointerSegment(key)}`;
      into.push(childPointer);
      knownKeys(child, childOrder ?? noOrder, childPointer, into);
    }
  }
  return into;
}

const noOrder: KeyOrder = { keys: [], properties: new Map() };

function sameKeyOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((pointer, index) => pointer === b[index]);
}

interface TokenDifference {
  offset: number;
  written: string;
  canonical: string;
  isKey: boolean;
}

const jsonToken = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|[{}[\]:,]/g;

/** The first token of `text` written otherwise than in `canonical`, when the two differ in more than white space. */
function firstDifferentToken(text: string, canonical: string): TokenDifference | undefined {
  const written = [...text.matchAll(jsonToken)];
  const expected = [...canonical.matchAll(jsonToken)];
  for (let index = 0; index < written.length; index++) {
    const token = written[index]![0];
    const canonicalToken = expected[index]?.[0];
    if (token === canonicalToken || canonicalToken === undefined) continue;
    return {
      offset: written[index]!.index,
      written: token,
      canonical: canonicalToken,
      isKey: written[index + 1]?.[0] === ":",
    };
  }
  return undefined;
}

function isScalarToken(token: string): boolean {
  return token.startsWith('"') || /^-?\d/.test(token);
}

/** Longer tokens, or ones holding characters a terminal may not show, are described rather than quoted. */
const quotable = /^[\x20-\x7e]{1,48}$/;

function tokenFormMessage({ written, canonical, isKey }: TokenDifference): string {
  const isString = written.startsWith('"');
  const what = isString ? (isKey ? "key" : "string") : "number";
  const rule = isString ? " (characters as themselves; escapes only where JSON needs them)" : "";
  if (quotable.test(written) && quotable.test(canonical)) {
    return `the ${what} ${written} is written in another form than the canonical ${canonical}${rule}`;
  }
  return `a ${what} is written in another form than the canonical one${rule}`;
}
