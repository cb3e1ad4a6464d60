import { escapePointerSegment } from "../records/json-pointer.ts";

/** One field that differs between two versions of a record. */
export interface FieldChange {
  /** JSON Pointer of the field. */
  pointer: string;
  change: "added" | "removed" | "changed";
  before?: unknown;
  after?: unknown;
}

/** Fields that say where a record lives rather than what it says: a rename is reported as such. */
const identityFields = new Set(["/$schema"]);

/**
 * The fields that differ between two versions of a record, to the depth where they differ.
 * List items are compared as wholes: an item is added or removed, whatever its position.
 */
export function diffRecords(before: unknown, after: unknown): FieldChange[] {
  const changes: FieldChange[] = [];
  compare(before, after, "", changes);
  return changes.filter((change) => !identityFields.has(change.pointer));
}

function compare(before: unknown, after: unknown, pointer: string, changes: FieldChange[]): void {
  if (Array.isArray(before) && Array.isArray(after)) {
    const beforeKeys = before.map((item) => JSON.stringify(item));
    const afterKeys = new Set(after.map((item) => JSON.stringify(item)));
    const beforeSet = new Set(beforeKeys);
    before.forEach((item, index) => {
      if (!afterKeys.has(beforeKeys[index]!)) changes.push({ pointer, change: "removed", before: item });
    });
    after.forEach((item) => {
      if (!beforeSet.has(JSON.stringify(item))) changes.push({ pointer, change: "added", after: item });
    });
    return;
  }
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    for (const key of keys) {
      const child = `${pointer}/${escapePointerSegment(key)}`;
      if (!(key in after)) changes.push({ pointer: child, change: "removed", before: before[key] });
      else if (!(key in before)) changes.push({ pointer: child, change: "added", after: after[key] });
      else compare(before[key], after[key], child, changes);
    }
    return;
  }
  if (JSON.stringify(before) !== JSON.stringify(after)) changes.push({ pointer, change: "changed", before, after });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
