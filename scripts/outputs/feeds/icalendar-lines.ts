/** RFC 5545 content lines: escaping, folding at 75 octets, CRLF endings. */

/** Escapes a TEXT value (section 3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/**
 * Folds a content line so that no line exceeds 75 octets (section 3.1), never splitting
 * a UTF-8 sequence: continuation lines start with one space.
 */
export function foldLine(line: string): string {
  // Most lines are short: measured, not encoded.
  if (Buffer.byteLength(line) <= 75) return line;
  const bytes = Buffer.from(line);
  const parts: string[] = [];
  let start = 0;
  let limit = 75;
  while (start < bytes.length) {
    let end = Math.min(start + limit, bytes.length);
    // Step back over continuation bytes (10xxxxxx) so the cut falls between characters.
    while (end < bytes.length && (bytes[end]! & 0xc0) === 0x80) end--;
    parts.push(bytes.subarray(start, end).toString("utf8"));
    start = end;
    limit = 74;
  }
  return parts.join("\r\n ");
}

/** Joins content lines into a calendar body: every line folded and ended with CRLF. */
export function contentLines(lines: readonly string[]): string {
  return lines.map((line) => `${foldLine(line)}\r\n`).join("");
}
