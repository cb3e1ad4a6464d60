/**
 * Finds, in a piece of the site's own wording, what only the records may say: names of
 * organizations, places and people, and dates. The wording may name formats and tools ("JSON
 * Feed 1.1"); everything else that looks like a name is reported.
 */
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../../scripts/project-paths.ts";
import { readSchemaDocuments } from "../../scripts/records/schema-documents.ts";

/** What a piece of wording names that it should draw from a record, and why it looks like one. */
export interface Naming {
  found: string;
  kind: "record name" | "place" | "date" | "name";
}

export interface NameBook {
  /** The names the records hold, in every language: organizations, places, events, speakers. */
  recordNames: readonly string[];
  /** Places the wording could name in passing: countries, China's provinces, the records' districts. */
  places: readonly string[];
  /** Words of the names of formats and tools that the wording may use. */
  technicalWords: ReadonlySet<string>;
}

const fixtures = path.join(projectRoot, "tests/fixtures/catalog-wording");

/** The names of the records in a data folder, and the places and technical words of the fixtures. */
export function readNameBook(dataDir: string): NameBook {
  const recordNames = new Set<string>();
  const addTexts = (value: unknown) => {
    if (typeof value === "string") recordNames.add(value);
    else if (Array.isArray(value)) value.forEach(addTexts);
    else if (value && typeof value === "object") Object.values(value).forEach(addTexts);
  };
  for (const collection of ["organizations", "events"]) {
    for (const file of fs.readdirSync(path.join(dataDir, collection))) {
      const record = JSON.parse(fs.readFileSync(path.join(dataDir, collection, file), "utf8")) as {
        names?: unknown;
        title?: unknown;
        location?: { place?: unknown; city?: unknown };
        speakers?: { name: unknown }[];
      };
      [record.names, record.title, record.location?.place, record.location?.city].forEach(addTexts);
      for (const speaker of record.speakers ?? []) addTexts(speaker.name);
    }
  }
  const placeFile = JSON.parse(fs.readFileSync(path.join(fixtures, "place-names.json"), "utf8")) as Record<
    string,
    string[]
  >;
  const countryCodes = readSchemaDocuments().defs.$defs!.countryCode!.enum as string[];
  const countries = ["en", "zh-Hans"].flatMap((locale) => {
    const names = new Intl.DisplayNames([locale], { type: "region" });
    return countryCodes.map((code) => names.of(code)!);
  });
  const technical = JSON.parse(fs.readFileSync(path.join(fixtures, "technical-names.json"), "utf8")) as {
    words: string[];
  };
  return {
    recordNames: [...recordNames],
    places: [...countries, ...placeFile.en!, ...placeFile["zh-Hans"]!],
    technicalWords: new Set(technical.words),
  };
}

const months = "January|February|March|April|May|June|July|August|September|October|November|December";
const datePatterns = [
  new RegExp(`\\b(?:${months})\\b`, "g"),
  // A year standing alone: not a version ("1.1"), a draft ("2020-12") or part of a longer number.
  /(?<![\w.-])(?:1[0-9]{3}|20[0-9]{2})(?![\w.-])/g,
  /\d{1,4}\s*年|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?/g,
];

/** Chinese names end in what they are: an association, a government, a district. */
const chineseNameEnding =
  /[\u4e00-\u9fff]{2,}(?:协会|学会|人民政府|政府|大学|学院|研究院|研究所|科学院|委员会|新片区|自由贸易试验区|自贸区|开发区|特别行政区|自治区)/g;

/** Words that start a sentence and are capitalized for it, not for being part of a name. */
const sentenceStarts = new Set([
  "A",
  "An",
  "The",
  "In",
  "On",
  "At",
  "This",
  "These",
  "Every",
  "Each",
  "Its",
  "For",
  "With",
  "No",
]);

/** Two or more capitalized words in a row (with "of", "for", "and", "the" between them), as names are written. */
const capitalizedRun = /\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:(?:of|for|and|the)\s+)*[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*)+/gu;

/** The words of a run of capitalized words that make it a name: not a sentence's first word, not numbers. */
function nameWords(run: string): string[] {
  const words = run
    .split(/\s+/)
    .map((word) => word.replace(/\.$/, ""))
    .filter((word) => !/^(?:of|for|and|the)$/.test(word));
  if (sentenceStarts.has(words[0]!)) words.shift();
  return words.filter((word) => !/^[\p{N}.]+$/u.test(word));
}

function isWhole(text: string, name: string, at: number): boolean {
  const before = text[at - 1] ?? "";
  const after = text[at + name.length] ?? "";
  // A Latin name must stand as a word of its own; Chinese has no spaces to stand apart with.
  return /[\u4e00-\u9fff]/.test(name) || (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after));
}

function occurrences(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1))
    if (isWhole(text, name, at)) return true;
  return false;
}

export interface CheckOptions {
  /** For the registry's own name, which is written in title case: only records' names, places and dates count. */
  ownName?: boolean;
}

/** What a piece of wording names that only a record may say. */
export function namings(text: string, book: NameBook, options: CheckOptions = {}): Naming[] {
  const found: Naming[] = [];
  for (const name of book.recordNames)
    if (name.length > 1 && occurrences(text, name)) found.push({ found: name, kind: "record name" });
  for (const place of book.places) if (occurrences(text, place)) found.push({ found: place, kind: "place" });
  for (const pattern of datePatterns)
    for (const match of text.matchAll(pattern)) found.push({ found: match[0], kind: "date" });
  for (const match of text.matchAll(chineseNameEnding)) found.push({ found: match[0], kind: "name" });
  if (!options.ownName) {
    for (const match of text.matchAll(capitalizedRun)) {
      const words = nameWords(match[0]);
      if (words.length >= 2 && !words.every((word) => book.technicalWords.has(word)))
        found.push({ found: match[0], kind: "name" });
    }
  }
  return found;
}
