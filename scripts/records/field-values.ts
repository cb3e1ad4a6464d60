import { schemaNameOf, type CollectionName } from "./collections.ts";
import { joinPointer } from "./json-pointer.ts";
import { fieldPath, localizedFields } from "./localized-fields.ts";
import { isWithdrawn } from "./record-status.ts";

/** One value a record publishes: a piece of text, a number or a choice, at its JSON Pointer. */
export interface FieldValue {
  pointer: string;
  value: string | number | boolean;
  /** For text of a localized field: its language tag. */
  language?: string;
}

/**
 * Fields that say which record this is, what replaced it and where its facts come from: the
 * registry's own bookkeeping, which no source is cited for.
 */
const bookkeepingFields: ReadonlySet<string> = new Set(["$schema", "id", "formerIds", "successor", "sources"]);

/**
 * Every value of an organization or event that states a fact, in the record's own order: each
 * text of a localized field with its language, each item of a list, each number and choice. A
 * withdrawn record's status is bookkeeping too. Text that an older version of a record wrote as a
 * plain string, where the schema now asks for text per language, is its English text.
 */
export function publishedFieldValues(collection: CollectionName, record: unknown): FieldValue[] {
  const localized = localizedFields(schemaNameOf[collection]);
  const values: FieldValue[] = [];
  const visit = (node: unknown, segments: (string | number)[], language: string | undefined) => {
    const byLanguage = language === undefined && localized.has(fieldPath(segments));
    if (byLanguage && typeof node === "string") {
      visit({ en: node }, segments, undefined);
    } else if (typeof node === "string" || typeof node === "number" || typeof node === "boolean") {
      values.push({ pointer: joinPointer(...segments), value: node, ...(language ? { language } : {}) });
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, [...segments, index], language));
    } else if (node !== null && typeof node === "object") {
      for (const [key, child] of Object.entries(node)) visit(child, [...segments, key], byLanguage ? key : language);
    }
  };
  if (record === null || typeof record !== "object") return values;
  for (const [key, child] of Object.entries(record)) {
    if (bookkeepingFields.has(key) || (key === "status" && isWithdrawn(record))) continue;
    visit(child, [key], undefined);
  }
  return values;
}
