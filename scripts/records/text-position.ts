export interface Position {
  line: number;
  column: number;
}

/** 1-based line and column (in UTF-16 units, as editors and GitHub count) of a string offset. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Position of a byte offset in a buffer that may not be valid UTF-8 from that offset on. */
export function positionAtByte(bytes: Uint8Array, byteOffset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < byteOffset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = Buffer.from(bytes.subarray(lineStart, byteOffset)).toString("utf8");
  return { line, column: before.length + 1 };
}

/** The first difference between two texts, as a position in `actual`. */
export function firstDifference(actual: string, expected: string): Position {
  const length = Math.min(actual.length, expected.length);
  let offset = 0;
  while (offset < length && actual.charCodeAt(offset) === expected.charCodeAt(offset)) offset++;
  return positionAt(actual, offset);
}
