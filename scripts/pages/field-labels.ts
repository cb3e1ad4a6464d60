import { messages } from "../i18n/messages.ts";
import { pointerSegments } from "../records/json-pointer.ts";

const languageNames = new Intl.DisplayNames(["en"], { type: "language" });

/** "Simplified Chinese" for `zh-Hans`: how a field's language is named beside it. */
export function languageName(tag: string): string {
  return languageNames.of(tag) ?? tag;
}

const labels = messages.en.fields;
const topLevel: Record<string, string> = {
  names: labels.name,
  title: labels.title,
  kind: labels.kind,
  status: labels.status,
  parent: labels.parent,
  successor: labels.successor,
  location: labels.location,
  links: labels.website,
  externalIds: labels.externalIds,
  founded: labels.founded,
  description: labels.description,
  start: labels.when,
  end: labels.when,
  previousStart: labels.previousStart,
  timeZone: labels.timeZone,
  participants: labels.participants,
  speakers: labels.speakers,
  attendance: labels.attendance,
  language: labels.language,
  publisher: labels.publisher,
  url: labels.url,
  published: labels.published,
  updated: labels.updated,
  accessed: labels.accessed,
  archivedUrl: labels.archivedUrl,
};

const nameParts: Record<string, string> = { display: labels.name, acronyms: labels.acronyms, aliases: labels.aliases };

/** A human name for a cited field, such as "Name (Simplified Chinese)" for `/names/display/zh-Hans`. */
export function fieldLabel(pointer: string): string {
  const [first, second, third] = pointerSegments(pointer);
  if (first === "names" && second !== undefined) {
    const part = nameParts[second] ?? labels.name;
    return third ? `${part} (${languageName(third)})` : part;
  }
  if ((first === "title" || first === "description") && second !== undefined) {
    return `${topLevel[first]} (${languageName(second)})`;
  }
  if (first === "links" && second === "other") return labels.otherLinks;
  return topLevel[first ?? ""] ?? pointer;
}
