import { messagesFor, type Locale } from "./messages.ts";
import { pointerSegments } from "../records/json-pointer.ts";
import { displayName } from "./display-names.ts";
import { joinList } from "./lists.ts";

/** "Simplified Chinese" (or "简体中文") for `zh-Hans`: how a field's language is named beside it. */
export function languageName(tag: string, locale: Locale): string {
  return displayName("language", tag, locale);
}

const topLevelField: Record<string, keyof ReturnType<typeof messagesFor>["fields"]> = {
  names: "name",
  title: "title",
  kind: "kind",
  status: "status",
  parent: "parent",
  successor: "successor",
  location: "location",
  links: "website",
  externalIds: "externalIds",
  founded: "founded",
  description: "description",
  start: "when",
  end: "when",
  previousStart: "previousStart",
  timeZone: "timeZone",
  participants: "participants",
  speakers: "speakers",
  attendance: "attendance",
  language: "language",
  publisher: "publisher",
  url: "url",
  published: "published",
  updated: "updated",
  accessed: "accessed",
  archivedUrl: "archivedUrl",
};

const nameParts = { display: "name", acronyms: "acronyms", aliases: "aliases" } as const;

/** A human name for a cited field, such as "Name (Simplified Chinese)" for `/names/display/zh-Hans`. */
export function fieldLabel(pointer: string, locale: Locale): string {
  const labels = messagesFor(locale).fields;
  const inLanguage = (label: string, tag: string) =>
    locale === "en" ? `${label} (${languageName(tag, locale)})` : `${label}（${languageName(tag, locale)}）`;
  const [first, second, third] = pointerSegments(pointer);
  if (first === "names" && second !== undefined) {
    const part = labels[Object.hasOwn(nameParts, second) ? nameParts[second as keyof typeof nameParts] : "name"];
    return third ? inLanguage(part, third) : part;
  }
  if ((first === "title" || first === "description") && second !== undefined) {
    return inLanguage(labels[topLevelField[first]!], second);
  }
  if (first === "links" && second === "other") return labels.otherLinks;
  const field = first !== undefined && Object.hasOwn(topLevelField, first) ? topLevelField[first] : undefined;
  return field ? labels[field] : pointer;
}

/** The labels of some fields as a list in a sentence, each said once: a city and a country are one "Location". */
export function fieldLabelList(pointers: readonly string[], locale: Locale): string {
  return joinList([...new Set(pointers.map((pointer) => fieldLabel(pointer, locale)))], locale);
}
