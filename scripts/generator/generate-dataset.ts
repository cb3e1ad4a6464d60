import fs from "node:fs";
import path from "node:path";
import { schemaNameOf, type CollectionName, type RecordTypes } from "../records/collections.ts";
import { formatCanonicalJson, keyOrderFor, type KeyOrder } from "../records/canonical-json.ts";
import type { Event, Organization, Source } from "../records/types.generated.ts";
import { SeededRandom } from "./random.ts";
import {
  eventForms,
  familyNames,
  familyNamesZh,
  fields,
  givenNames,
  givenNamesZh,
  organizationForms,
  places,
  sentences,
} from "./vocabulary.ts";

export interface GenerateOptions {
  records: number;
  seed: number;
  /** Share of records, 0 to 1, to break in one of several ways the validator must catch. */
  invalidShare?: number;
}

export interface GeneratedFile {
  collection: CollectionName;
  id: string;
  text: string;
  /** The kind of damage done to an invalid record. */
  damage?: string;
}

/** How a generated dataset splits into collections: about 20% organizations, 5% sources, the rest events. */
export function collectionSizes(records: number): Record<CollectionName, number> {
  const organizations = Math.max(1, Math.round(records * 0.2));
  const sources = Math.max(1, Math.round(records * 0.05));
  return { organizations, sources, events: Math.max(0, records - organizations - sources) };
}

/**
 * A deterministic, schema-valid dataset with resolvable references, generated lazily so that
 * 100,000 records never sit in memory at once.
 */
export function* generateDataset(options: GenerateOptions): Generator<GeneratedFile> {
  const random = new SeededRandom(options.seed);
  const sizes = collectionSizes(options.records);
  const organizationIds = range(sizes.organizations).map((index) => organizationId(index, random));
  const sourceIds = range(sizes.sources).map((index) => `source-${index + 1}`);
  const orders = {
    organizations: keyOrderFor(schemaNameOf.organizations),
    events: keyOrderFor(schemaNameOf.events),
    sources: keyOrderFor(schemaNameOf.sources),
  };
  const invalidShare = options.invalidShare ?? 0;
  const emit = <C extends CollectionName>(collection: C, value: RecordTypes[C]): GeneratedFile => {
    const file = { collection, id: value.id, text: formatCanonicalJson(value, orders[collection]) };
    return invalidShare > 0 && random.chance(invalidShare) ? damage(file, value, random, orders[collection]) : file;
  };
  for (const [index, id] of sourceIds.entries()) {
    yield emit("sources", sourceRecord(id, index, random, organizationIds));
  }
  for (const [index, id] of organizationIds.entries()) {
    yield emit("organizations", organizationRecord(id, index, random, organizationIds, sourceIds));
  }
  for (let index = 0; index < sizes.events; index++) {
    // Cycling through the sources first keeps every source cited.
    const citedSource = sourceIds[index % sourceIds.length]!;
    yield emit("events", eventRecord(`event-${index + 1}`, random, organizationIds, citedSource));
  }
}

/** Writes a generated dataset as `<dir>/<collection>/<id>.json`. */
export function writeDataset(dir: string, options: GenerateOptions): { files: number; invalid: GeneratedFile[] } {
  const invalid: GeneratedFile[] = [];
  let files = 0;
  const made = new Set<string>();
  for (const file of generateDataset(options)) {
    const folder = path.join(dir, file.collection);
    if (!made.has(folder)) {
      fs.mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    fs.writeFileSync(path.join(folder, `${file.id}.json`), file.text);
    if (file.damage) invalid.push({ ...file, text: "" });
    files++;
  }
  return { files, invalid };
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index);
}

function organizationId(index: number, random: SeededRandom): string {
  const field = random.pick(fields).en.toLowerCase().replace(/\s+/g, "-");
  return `${field}-org-${index + 1}`;
}

function paragraph(random: SeededRandom, count: number): string {
  return range(count)
    .map(() => random.pick(sentences))
    .join(" ");
}

function partialDate(random: SeededRandom): string {
  const year = random.int(1950, 2023);
  const precision = random.int(0, 2);
  if (precision === 0) return String(year);
  const month = String(random.int(1, 12)).padStart(2, "0");
  return precision === 1 ? `${year}-${month}` : `${year}-${month}-${String(random.int(1, 28)).padStart(2, "0")}`;
}

function organizationRecord(
  id: string,
  index: number,
  random: SeededRandom,
  organizationIds: readonly string[],
  sourceIds: readonly string[],
): Organization {
  const place = random.pick(places);
  const field = random.pick(fields);
  const form = random.pick(organizationForms);
  const withChinese = random.chance(0.4);
  const record: Organization = {
    id,
    names: {
      display: {
        en: `${place.en} ${form.en} ${field.en}`,
        ...(withChinese ? { "zh-Hans": `${place.zh}${field.zh}${form.zh}` } : {}),
      },
      ...(random.chance(0.5) ? { acronyms: { en: [acronymOf(`${place.en} ${form.en} ${field.en}`)] } } : {}),
    },
    kind: form.kind,
    status: random.chance(0.9) ? "active" : "inactive",
    location: { city: { en: place.en, ...(withChinese ? { "zh-Hans": place.zh } : {}) }, country: place.country },
    links: { website: `https://${id}.example.org/` },
    founded: partialDate(random),
    description: { en: paragraph(random, random.int(2, 5)) },
    sources: [{ source: random.pick(sourceIds) }],
  };
  // Parents come earlier in the list, so parent chains never loop.
  if (index > 0 && random.chance(0.1)) record.parent = organizationIds[random.int(0, index - 1)]!;
  if (random.chance(0.2)) record.externalIds = { wikidata: `Q${random.int(1, 99_999_999)}` };
  record.sources = citationsWithInferences(record, record.sources[0].source);
  return record;
}

/** What generated organizations take from their source by inference, as curators often must. */
const inferredFields = ["/status", "/location/country"];

/**
 * The source states every field of the record but the status and the country, which are
 * inferred from it: so that every generated site shows inferred values.
 */
function citationsWithInferences(record: Organization, source: string): Organization["sources"] {
  const stated = Object.keys(record)
    .filter((key) => !["id", "status", "location", "sources"].includes(key))
    .map((key) => `/${key}`);
  return [
    { source, fields: ["/location/city", ...stated] },
    {
      source,
      fields: inferredFields as [string, ...string[]],
      how: "inferred",
      reason: { en: "from the city and the date of the report", "zh-Hans": "据城市和报道日期推断" },
    },
  ];
}

function acronymOf(name: string): string {
  return name
    .split(" ")
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => word[0])
    .join("");
}

function eventRecord(id: string, random: SeededRandom, organizationIds: readonly string[], source: string): Event {
  const field = random.pick(fields);
  const form = random.pick(eventForms);
  const place = random.pick(places);
  const year = random.int(2015, 2030);
  const month = random.int(1, 12);
  // Days up to 26 leave room for events of up to three days in any month.
  const day = random.int(1, 26);
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const withTime = random.chance(0.3);
  const start = withTime ? `${date}T${pad(random.int(8, 15))}:${random.pick(["00", "30"])}:00+08:00` : date;
  const lastsDays = random.int(0, 2);
  const end = lastsDays ? `${year}-${pad(month)}-${pad(day + lastsDays)}` : undefined;
  const participants = random.sample(organizationIds, random.int(1, 5)).map((organization, index) => ({
    organization,
    role:
      index === 0
        ? random.pick(["host", "organizer"] as const)
        : random.pick(["co-host", "participant", "sponsor", "guidance"] as const),
  }));
  const record: Event = {
    id,
    title: {
      en: `${year} ${place.en} ${form.en} ${field.en}`,
      ...(random.chance(0.3) ? { "zh-Hans": `${year}${place.zh}${field.zh}论坛` } : {}),
    },
    kind: form.kind,
    status: year < 2026 ? (random.chance(0.95) ? "completed" : "cancelled") : "scheduled",
    start,
    ...(end ? { end } : {}),
    timeZone: "Asia/Shanghai",
    location: { city: { en: place.en }, country: place.country },
    participants: participants as NonNullable<Event["participants"]>,
    description: { en: paragraph(random, random.int(2, 6)) },
    sources: [{ source }],
  };
  if (random.chance(0.5)) {
    const speakerIndex = random.int(0, familyNames.length - 1);
    const givenIndex = random.int(0, givenNames.length - 1);
    record.speakers = [
      {
        name: {
          en: `${familyNames[speakerIndex]} ${givenNames[givenIndex]}`,
          "zh-Hans": `${familyNamesZh[speakerIndex]}${givenNamesZh[givenIndex]}`,
        },
        organization: participants[0]!.organization,
      },
    ];
  }
  if (random.chance(0.4)) record.attendance = { count: random.int(20, 800) };
  return record;
}

function sourceRecord(id: string, index: number, random: SeededRandom, organizationIds: readonly string[]): Source {
  const field = random.pick(fields);
  const withUrl = random.chance(0.8);
  return {
    id,
    kind: random.pick(["news-article", "official-notice", "report", "website"] as const),
    title: { en: `News on ${field.en}, issue ${index + 1}` },
    language: "en",
    publisher: { organization: random.pick(organizationIds) },
    ...(withUrl ? { url: `https://news.example.org/${id}` } : {}),
    published: `${random.int(2015, 2025)}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`,
  };
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/** Breaks a record in one of the ways contributors do, so that validation has something to find. */
function damage(
  file: GeneratedFile,
  value: RecordTypes[CollectionName],
  random: SeededRandom,
  order: KeyOrder,
): GeneratedFile {
  const broken = structuredClone(value) as unknown as Record<string, unknown>;
  const kinds = [
    "unknown-property",
    "missing-required",
    "bad-date",
    "compact-layout",
    "syntax",
    "broken-reference",
  ] as const;
  const kind = random.pick(kinds);
  switch (kind) {
    case "unknown-property":
      broken.colour = "blue";
      break;
    case "missing-required":
      delete broken.sources;
      delete broken.title;
      break;
    case "bad-date":
      broken.start = "2023-02-30";
      broken.published = "2023-02-30";
      break;
    case "compact-layout":
      return { ...file, text: JSON.stringify(value), damage: kind };
    case "syntax":
      return { ...file, text: file.text.slice(0, Math.floor(file.text.length / 2)), damage: kind };
    case "broken-reference":
      if (file.collection === "sources") broken.publisher = { organization: "no-such-organization" };
      else broken.sources = [{ source: "no-such-source" }];
      break;
  }
  return { ...file, text: formatCanonicalJson(broken, order), damage: kind };
}
