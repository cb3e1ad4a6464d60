/** RFC 6901 JSON Pointers, as findings and source citations use them. */

export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

export function unescapePointerSegment(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

export function pointerSegments(pointer: string): string[] {
  return pointer === "" ? [] : pointer.slice(1).split("/").map(unescapePointerSegment);
}

export function joinPointer(...segments: (string | number)[]): string {
  return segments.map((segment) => `/${escapePointerSegment(String(segment))}`).join("");
}

/** The value a pointer designates, or undefined when the document has no such value. */
export function valueAtPointer(document: unknown, pointer: string): unknown {
  let node = document;
  for (const segment of pointerSegments(pointer)) {
    if (Array.isArray(node)) {
      if (!/^(0|[1-9][0-9]*)$/.test(segment)) return undefined;
      node = node[Number(segment)];
    } else if (node !== null && typeof node === "object" && Object.hasOwn(node, segment)) {
      node = (node as Record<string, unknown>)[segment];
    } else {
      return undefined;
    }
  }
  return node;
}

/**
 * Whether `pointer` is `field` or a pointer beneath it (`/location/city` is beneath `/location`,
 * `/locations` is not). Asked for every value of every record by the outputs that say how each is
 * known, so it makes no string to compare.
 */
export function isAtOrBeneath(pointer: string, field: string): boolean {
  return pointer.startsWith(field) && (pointer.length === field.length || pointer.charCodeAt(field.length) === 47);
}
