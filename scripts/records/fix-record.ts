import { joinPointer } from "./json-pointer.ts";

export interface RecordFixes {
  value: unknown;
  /** What was changed, as `/pointer: what`, for the contributor to read. */
  changes: string[];
}

/**
 * Repairs what can be repaired without changing what a record says: text to Unicode NFC,
 * white space trimmed from both ends, Windows line breaks inside text made plain. Layout and key
 * order are restored by writing the result in the canonical layout.
 */
export function fixRecordValue(value: unknown): RecordFixes {
  const changes: string[] = [];
  const visit = (node: unknown, path: (string | number)[]): unknown => {
    if (typeof node === "string") {
      let fixed = node.normalize("NFC");
      if (fixed !== node) changes.push(`${joinPointer(...path)}: normalized to NFC`);
      const lineBreaks = fixed.replace(/\r\n?/g, "\n");
      if (lineBreaks !== fixed) changes.push(`${joinPointer(...path)}: line breaks made LF`);
      const trimmed = lineBreaks.trim();
      if (trimmed !== lineBreaks) changes.push(`${joinPointer(...path)}: white space trimmed`);
      fixed = trimmed;
      return fixed;
    }
    if (Array.isArray(node)) return node.map((item, index) => visit(item, [...path, index]));
    if (node !== null && typeof node === "object") {
      const result: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(node)) {
        const fixedKey = key.normalize("NFC");
        if (fixedKey !== key) changes.push(`${joinPointer(...path, key)}: key normalized to NFC`);
        result[fixedKey] = visit(item, [...path, key]);
      }
      return result;
    }
    return node;
  };
  return { value: visit(value, []), changes };
}
