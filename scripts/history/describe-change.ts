import { messages } from "../i18n/messages.ts";
import { pointerSegments } from "../records/json-pointer.ts";
import type { FieldChange } from "./record-diff.ts";
import type { ChangeEntry } from "./registry-history.ts";

type Named = { names?: { display?: { en?: string } }; title?: { en?: string } | string; successor?: string };

/** The record's English name or title as it was at the change. */
export function nameAt(entry: ChangeEntry): string {
  const record = entry.record as Named | undefined;
  const title = record?.title;
  return record?.names?.display?.en ?? (typeof title === "string" ? title : title?.en) ?? entry.id;
}

/** `names.display.en`, `participants`: a field path as people read it. */
export function fieldPath(pointer: string): string {
  return pointerSegments(pointer).join(".") || "(record)";
}

const maxValueLength = 80;

/** A value as a short phrase: participants as `sast (host)`, text in quotes, objects compactly. */
export function describeValue(value: unknown): string {
  let text: string;
  if (typeof value === "string") text = `“${value}”`;
  else if (value && typeof value === "object" && !Array.isArray(value)) {
    const item = value as Record<string, unknown>;
    if (typeof item.organization === "string" && typeof item.role === "string")
      text = `${item.organization} (${item.role})`;
    else if (typeof item.source === "string") text = item.source;
    else if (item.name && typeof (item.name as { en?: string }).en === "string")
      text = `“${(item.name as { en: string }).en}”`;
    else if (Object.values(item).every((part) => typeof part === "string") && "en" in item) {
      // Localized text: each language with its text.
      text = Object.entries(item)
        .map(([language, part]) => `${language}: “${part as string}”`)
        .join(", ");
    } else text = JSON.stringify(value);
  } else text = JSON.stringify(value);
  return text.length > maxValueLength ? `${text.slice(0, maxValueLength - 1)}…` : text;
}

/** `names.display.en: “X” → “Y”`, `participants: + sast (host)`. */
export function describeFieldChange(field: FieldChange): string {
  const path = fieldPath(field.pointer);
  switch (field.change) {
    case "changed":
      return `${path}: ${describeValue(field.before)} → ${describeValue(field.after)}`;
    case "added":
      return `${path}: + ${describeValue(field.after)}`;
    case "removed":
      return `${path}: − ${describeValue(field.before)}`;
  }
}

/** One sentence per change, for the changes feed and the record pages. */
export function describeChange(entry: ChangeEntry): string {
  const type = messages.en.recordTypes[entry.collection];
  const subject = `${type} “${nameAt(entry)}” (${entry.id})`;
  const details = entry.fields.map(describeFieldChange);
  const also = details.length ? `: ${details.join("; ")}` : "";
  switch (entry.change) {
    case "added":
      return `${subject} was added.`;
    case "changed":
      return `${subject} changed${also}.`;
    case "renamed":
      return `${type} “${nameAt(entry)}” was renamed from ${entry.formerId} to ${entry.id}${also}.`;
    case "withdrawn": {
      const successor = (entry.record as Named | undefined)?.successor;
      return `${subject} was withdrawn${successor ? `; it is replaced by ${successor}` : ""}.`;
    }
    case "restored":
      return `${subject} was restored${also}.`;
    case "removed":
      return `${subject} was removed.`;
  }
}
