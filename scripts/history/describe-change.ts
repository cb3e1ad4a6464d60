import { fieldLabel, languageName } from "../i18n/field-labels.ts";
import { messages } from "../i18n/messages.ts";
import type { CollectionName } from "../records/collections.ts";
import { pointerSegments } from "../records/json-pointer.ts";
import type { FieldChange } from "./record-diff.ts";
import type { ChangeEntry } from "./registry-history.ts";

/**
 * The one description of a change, in English, shared by the change documents of the API, the
 * changes feed, the records' pages and `npm run change-summary`: a sentence per change, made of
 * a phrase per field that names the field as the pages label it, with what it was and is when
 * that is short, and how long it is when not.
 */

/** Names the records a change mentions (a cited source, a participating organization); their ids otherwise. */
export type RecordNames = (collection: CollectionName, id: string) => string | undefined;

const noNames: RecordNames = () => undefined;

type Named = { names?: { display?: { en?: string } }; title?: { en?: string } | string; successor?: string };

/** A record's English name or title, when it has one. */
export function nameOf(record: unknown): string | undefined {
  const { names, title } = (record ?? {}) as Named;
  return names?.display?.en ?? (typeof title === "string" ? title : title?.en);
}

/** The record's English name or title as it was at the change. */
export function nameAt(entry: ChangeEntry): string {
  return nameOf(entry.record) ?? entry.id;
}

/** Values longer than this are described by their length: a reader of a change wants the change, not the essay. */
const maxValueLength = 80;

/** A short value as a phrase: text in quotes, per-language text with its languages; undefined for a long one. */
function shortValue(value: unknown): string | undefined {
  let text: string;
  if (typeof value === "string") text = `“${value}”`;
  else if (typeof value === "number" || typeof value === "boolean") text = String(value);
  else if (value && typeof value === "object" && Object.values(value).every((part) => typeof part === "string")) {
    text = Object.entries(value as Record<string, string>)
      .map(([key, part]) => `${key}: “${part}”`)
      .join(", ");
  } else return undefined;
  return text.length > maxValueLength ? undefined : text;
}

/** How long a value is, for one too long to quote. */
function sizeOf(value: unknown): string {
  if (Array.isArray(value)) return `${value.length} ${value.length === 1 ? "item" : "items"}`;
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return `${[...text].length} characters`;
}

/** A field's name inside a sentence, as the pages label it: "kind", "name (English)". */
function label(pointer: string): string {
  const name = fieldLabel(pointer, "en");
  return name === pointer ? pointer : name.charAt(0).toLowerCase() + name.slice(1);
}

/** "a", "a and b", "a, b and c". */
function listOf(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** One field's change, under its label or `name`: what it was and is when short, how long when not; an item of a list added or removed. */
export function describeField(field: FieldChange, name = label(field.pointer)): string {
  const before = shortValue(field.before);
  const after = shortValue(field.after);
  switch (field.change) {
    case "changed":
      return before && after
        ? `${name}: ${before} → ${after}`
        : `${name} changed (${sizeOf(field.before)} → ${sizeOf(field.after)})`;
    case "added":
      if (field.listItem) return `${name}: added ${after ?? `an item (${sizeOf(field.after)})`}`;
      return after ? `${name}: ${after} added` : `${name} added (${sizeOf(field.after)})`;
    case "removed":
      if (field.listItem) return `${name}: removed ${before ?? `an item (${sizeOf(field.before)})`}`;
      return before ? `${name}: ${before} removed` : `${name} removed (it had ${sizeOf(field.before)})`;
  }
}

interface Citation {
  source?: string;
  fields?: string[];
  how?: string;
}

/** "cited X for kind", or, for an inference, "inferred kind from X"; and their undoing. */
function citationPhrase(citation: Citation | undefined, source: string, labels: string[], change: "added" | "removed") {
  // Two fields can share a label (a location's city and country): each is said once.
  const fields = [...new Set(labels)];
  const scope = fields.length ? listOf(fields) : "the whole record";
  if (citation?.how === "inferred")
    return change === "removed" ? `no longer infers ${scope} from ${source}` : `inferred ${scope} from ${source}`;
  const forScope = fields.length ? ` for ${listOf(fields)}` : "";
  return change === "removed" ? `no longer cites ${source}${forScope}` : `cited ${source}${forScope}`;
}

/**
 * What a change did, field by field, as phrases. Citations are told in words ("cited X for kind,
 * status and location"): the fields one citation gained, or lost, in one change make one phrase.
 * `record` is the record after the change, which says which source each citation names.
 */
export function describeFields(
  fields: readonly FieldChange[],
  record: unknown,
  names: RecordNames = noNames,
): string[] {
  const sourceName = (id: string | undefined) => {
    const name = id === undefined ? undefined : names("sources", id);
    return name ? `“${name}”` : (id ?? "a source");
  };
  const citations = ((record ?? {}) as { sources?: Citation[] }).sources ?? [];
  const phrases: string[] = [];
  const citedFields = new Map<
    string,
    { key: string; citation: Citation | undefined; source: string; added: string[]; removed: string[] }
  >();
  for (const field of fields) {
    const [first, index, part] = pointerSegments(field.pointer);
    if (field.pointer === "/sources" && field.listItem) {
      const citation = (field.change === "removed" ? field.before : field.after) as Citation;
      phrases.push(
        citationPhrase(
          citation,
          sourceName(citation.source),
          (citation.fields ?? []).map(label),
          field.change === "removed" ? "removed" : "added",
        ),
      );
    } else if (first === "sources" && part === "fields" && field.listItem) {
      // Fields a citation gained or lost: gathered, to be said once for the citation.
      const citation = citations[Number(index)];
      const source = sourceName(citation?.source);
      const key = `${source} ${citation?.how ?? "stated"}`;
      let cited = citedFields.get(key);
      if (!cited) {
        citedFields.set(key, (cited = { key, citation, source, added: [], removed: [] }));
        phrases.push(citedFieldsMarker(key));
      }
      (field.change === "removed" ? cited.removed : cited.added).push(label(String(field.before ?? field.after)));
    } else if (first === "sources" && part === "fields" && !field.listItem && field.change !== "changed") {
      // A citation of the whole record that now names its fields, or the reverse.
      const source = sourceName(citations[Number(index)]?.source);
      phrases.push(
        field.change === "added"
          ? `cites ${source} only for ${listOf((field.after as string[]).map(label))}`
          : `cites ${source} for the whole record`,
      );
    } else if (first === "sources" && part === "reason") {
      const language = pointerSegments(field.pointer)[3];
      const name = `reason${language ? ` (${languageName(language, "en")})` : ""} for inferring from ${sourceName(citations[Number(index)]?.source)}`;
      phrases.push(describeField(field, name));
    } else if (field.pointer === "/participants" && field.listItem) {
      const { organization, role } = (field.change === "removed" ? field.before : field.after) as Record<
        string,
        string
      >;
      const name = names("organizations", organization!);
      const who = name ? `“${name}” (${organization})` : organization;
      phrases.push(field.change === "removed" ? `no longer lists ${who} as ${role}` : `added ${who} as ${role}`);
    } else phrases.push(describeField(field));
  }
  return phrases.map((phrase) => {
    const cited = [...citedFields.values()].find((each) => citedFieldsMarker(each.key) === phrase);
    if (!cited) return phrase;
    const said = [
      ...(cited.added.length ? [citationPhrase(cited.citation, cited.source, cited.added, "added")] : []),
      ...(cited.removed.length ? [citationPhrase(cited.citation, cited.source, cited.removed, "removed")] : []),
    ];
    return said.join("; ");
  });
}

/** Stands for a citation's phrase until all its fields are gathered. */
const citedFieldsMarker = (source: string) => `\u0000${source}`;

/** One sentence per change, for the changes feed, the records' pages and the API's change documents. */
export function describeChange(entry: ChangeEntry, names: RecordNames = noNames): string {
  const type = messages.en.recordTypes[entry.collection];
  const subject = `${type} “${nameAt(entry)}” (${entry.id})`;
  const details = describeFields(entry.fields, entry.record, names);
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
