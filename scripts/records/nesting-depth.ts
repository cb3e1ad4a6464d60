/**
 * How deeply arrays and objects may nest in a record file. The deepest record the schemas allow
 * nests a handful of levels; every reader of a record (the positional parser, the schema
 * validator, the rules) walks it recursively, and a few thousand levels exhaust the stack.
 */
export const maxNestingDepth = 32;

/**
 * The offset of the first `[` or `{` that opens a level deeper than `maxNestingDepth`, or
 * undefined. Reads the text as JSON tokens only as far as telling strings apart, so it gives an
 * answer even for text that is not valid JSON.
 */
export function firstTooDeepOffset(text: string): number | undefined {
  let depth = 0;
  let inString = false;
  for (let offset = 0; offset < text.length; offset++) {
    const character = text[offset];
    if (inString) {
      if (character === "\\") offset++;
      else if (character === '"') inString = false;
    } else if (character === '"') {
      inString = true;
    } else if (character === "[" || character === "{") {
      if (++depth > maxNestingDepth) return offset;
    } else if (character === "]" || character === "}") {
      depth--;
    }
  }
  return undefined;
}
