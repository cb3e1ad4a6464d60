import { escapePointerSegment } from "../records/json-pointer.ts";

/** One field that differs between two versions of a record. */
export interface FieldChange {
  /** JSON Pointer of the field; for an item added to or removed from a list, of the list. */
  pointer: string;
  change: "added" | "removed" | "changed";
  /** True when an item was added to or removed from the list at `pointer` (`before` or `after` is the item). */
  listItem?: true;
  before?: unknown;
  after?: unknown;
}

/** Fields that say where a record lives rather than what it says: a rename is reported as such. */
const identityFields = new Set(["/$schema"]);

/**
 * How the items of a record's lists are matched between two versions: a citation by its source
 * and whether it states or infers (a record may cite one source for both), a participant by
 * organization and role, a speaker by name, a link by its address. A matched
 * item is compared field by field (a citation that now supports more fields is one change to its
 * `fields`, not a citation removed and another added); items of other lists (names, acronyms, a
 * citation's fields) are compared as wholes, whatever their position.
 */
const itemKeys: Record<string, (item: Record<string, unknown>) => string | undefined> = {
  "/sources": (item) => `${text(item.source)} ${text(item.how) ?? "stated"}`,
  "/participants": (item) => `${text(item.organization)} ${text(item.role)}`,
  "/speakers": (item) => JSON.stringify(localized(item.name)),
  "/links/other": (item) => text(item.url),
};

/** The fields that differ between two versions of a record, to the depth where they differ. */
export function diffRecords(before: unknown, after: unknown): FieldChange[] {
  const changes: FieldChange[] = [];
  compare(before, after, "", changes);
  return changes.filter((change) => !identityFields.has(change.pointer));
}

function compare(before: unknown, after: unknown, pointer: string, changes: FieldChange[]): void {
  if (Array.isArray(before) && Array.isArray(after)) {
    const key = itemKeys[pointer.replace(/\/\d+(?=\/|$)/g, "")];
    if (key && before.every(isObject) && after.every(isObject)) compareKeyedItems(before, after, key, pointer, changes);
    else compareWholeItems(before, after, pointer, changes);
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
  if (JSON.stringify(localized(before)) !== JSON.stringify(localized(after)))
    changes.push({ pointer, change: "changed", before, after });
}

/** Items compared as wholes: an item is added or removed, whatever its position. */
function compareWholeItems(before: unknown[], after: unknown[], pointer: string, changes: FieldChange[]): void {
  const beforeKeys = before.map((item) => JSON.stringify(item));
  const afterKeys = new Set(after.map((item) => JSON.stringify(item)));
  const beforeSet = new Set(beforeKeys);
  before.forEach((item, index) => {
    if (!afterKeys.has(beforeKeys[index]!)) changes.push({ pointer, change: "removed", listItem: true, before: item });
  });
  after.forEach((item) => {
    if (!beforeSet.has(JSON.stringify(item))) changes.push({ pointer, change: "added", listItem: true, after: item });
  });
}

/** Items matched by key: each matched pair compared field by field, at the item's place in the new version. */
function compareKeyedItems(
  before: Record<string, unknown>[],
  after: Record<string, unknown>[],
  key: (item: Record<string, unknown>) => string | undefined,
  pointer: string,
  changes: FieldChange[],
): void {
  const beforeByKey = new Map(before.map((item) => [key(item), item]));
  const afterKeys = new Set(after.map(key));
  for (const item of before) {
    if (!afterKeys.has(key(item))) changes.push({ pointer, change: "removed", listItem: true, before: item });
  }
  after.forEach((item, index) => {
    const old = beforeByKey.get(key(item));
    if (old === undefined) changes.push({ pointer, change: "added", listItem: true, after: item });
    else compare(old, item, `${pointer}/${index}`, changes);
  });
}

/**
 * Text as the schema has long had it, per language: a plain string written before texts were
 * localized is the same value as `{"en": string}`, and is no change.
 */
function localized(value: unknown): unknown {
  return typeof value === "string" ? { en: value } : value;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
