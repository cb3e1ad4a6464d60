import fs from "node:fs";
import fsp from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import * as pagefind from "pagefind";
import { isWithdrawn, type Catalog, type CatalogEntry } from "../catalog/catalog.ts";
import { messagesFor, type Locale } from "../i18n/messages.ts";
import { pageLinks } from "../pages/page-links.ts";
import { textIn } from "../pages/localized-text.ts";
import { collectionNames } from "../records/collections.ts";
import type { SiteConfig } from "../site-config.ts";
import { sitePaths } from "./site-paths.ts";
import { escapeHtml } from "./feeds/xml-text.ts";
import { OutputWriter } from "./output-writer.ts";

/** Pagefind's index for each language; its UI picks one by the search page's `lang`. */
const pagefindLanguage: Record<Locale, string> = { en: "en", "zh-Hans": "zh" };

/** Fewer, larger fragment files: one per record would mean hundreds of thousands of files at scale. */
const maxFragments = 500;

export interface SearchFile {
  sitePath: string;
  bytes: Uint8Array;
}

/**
 * Builds the full-text search index with Pagefind (its binary ships in the npm package) from
 * the catalog rather than from the pages: names in every language, kinds, places and
 * descriptions, filterable by type and kind. The files go under `pagefind/`.
 *
 * Each record goes to Pagefind as a small HTML document in a private folder, indexed in one
 * `addDirectory` call: Pagefind's per-record API looks through every record added so far on
 * each call, which grows as the square of the registry, while a folder is read in one pass.
 * The documents lie side by side (a folder per record would double the file system's work);
 * each names its record's URL in the `url` metadata, which Pagefind's interface links to.
 */
export async function buildSearchIndex(
  site: SiteConfig,
  catalog: Catalog,
  locales: readonly Locale[],
): Promise<SearchFile[]> {
  const folder = fs.mkdtempSync(path.join(scratchRoot(catalog), "registry-search-"));
  try {
    await writeSearchDocuments(folder, site, catalog, locales);
    const { index, errors } = await pagefind.createIndex({ maxFragments });
    if (!index) throw new Error(`search index: ${errors.join("; ")}`);
    try {
      const added = await index.addDirectory({ path: folder });
      if (added.errors.length) throw new Error(`search index: ${added.errors.join("; ")}`);
      const { files, errors: writeErrors } = await index.getFiles();
      if (writeErrors.length) throw new Error(`search index: ${writeErrors.join("; ")}`);
      return files.map((file) => ({ sitePath: `${sitePaths.searchIndex}${file.path}`, bytes: file.content }));
    } finally {
      await pagefind.close();
    }
  } finally {
    await fsp.rm(folder, { recursive: true, force: true });
  }
}

/**
 * Where the documents go: a memory-backed folder when the system has one with room to spare
 * (they are read once and deleted, so a disk would only add work), else the temporary folder.
 */
function scratchRoot(catalog: Catalog): string {
  const memory = "/dev/shm";
  // About a kilobyte per record and language; four times that leaves room for everyone else.
  const needed = 4 * 1024 * 2 * (catalog.organizations.size + catalog.events.size + catalog.sources.size);
  try {
    const { bavail, bsize } = fs.statfsSync(memory);
    fs.accessSync(memory, fs.constants.W_OK);
    if (bavail * bsize > needed) return memory;
  } catch {
    // No such folder here: the temporary folder will do.
  }
  return os.tmpdir();
}

/** Writes the documents on a thread of its own, so that the build goes on meanwhile. */
async function writeSearchDocuments(
  folder: string,
  site: SiteConfig,
  catalog: Catalog,
  locales: readonly Locale[],
): Promise<void> {
  const writer = new OutputWriter(() => {});
  try {
    for (const locale of locales) {
      for (const collection of collectionNames) {
        for (const entry of catalog[collection].values()) {
          if (isWithdrawn(entry)) continue;
          const record = searchRecord(site, catalog, entry, locale);
          // Named by record, not by position, so that adding a record leaves the others' index entries as they were.
          const file = path.join(folder, `${locale}.${collection}.${entry.id}.html`);
          writer.write(record.url, file, searchDocument(record));
        }
      }
      await writer.belowLimit();
    }
    await writer.finish();
  } catch (error) {
    await writer.stop();
    throw error;
  }
}

type SearchRecord = ReturnType<typeof searchRecord>;

/** One record as the HTML Pagefind reads: its text to index, and its title, type and kind. */
function searchDocument(record: SearchRecord): string {
  const filters = Object.entries(record.filters)
    .map(([name, [value]]) => `<span data-pagefind-filter="${escapeHtml(name)}">${escapeHtml(value ?? "")}</span>`)
    .join("");
  return `<!doctype html><html lang="${record.language}"><head><meta charset="utf-8"><title>${escapeHtml(record.meta.title)}</title></head><body>
<div hidden><span data-pagefind-meta="url">${escapeHtml(record.url)}</span><span data-pagefind-meta="type">${escapeHtml(record.meta.type)}</span><span data-pagefind-meta="kind">${escapeHtml(record.meta.kind)}</span>${filters}</div>
<main data-pagefind-body><h1 data-pagefind-meta="title">${escapeHtml(record.meta.title)}</h1>
${record.content
  .split("\n")
  .map((line) => `<p>${escapeHtml(line)}</p>`)
  .join("\n")}
</main></body></html>
`;
}

function searchRecord(site: SiteConfig, catalog: Catalog, entry: CatalogEntry, locale: Locale) {
  const words = messagesFor(locale);
  const record = entry.record as Record<string, unknown>;
  const names = record.names as
    | { display: Record<string, string>; acronyms?: Record<string, string[]>; aliases?: Record<string, string[]> }
    | undefined;
  const title = (names?.display ?? record.title) as Record<string, string>;
  const kind = kindLabel(entry, locale);
  const location = record.location as { place?: Record<string, string>; city?: Record<string, string> } | undefined;
  const description = record.description as Record<string, string> | undefined;
  // Every language's name is indexed in every language's index: a Chinese name finds the record
  // from the English search page too.
  const content = [
    ...Object.values(title),
    ...Object.values(names?.acronyms ?? {}).flat(),
    ...Object.values(names?.aliases ?? {}).flat(),
    kind,
    ...Object.values(location?.place ?? {}),
    ...Object.values(location?.city ?? {}),
    ...Object.values(description ?? {}),
  ].join("\n");
  const type = words.recordTypes[entry.collection];
  return {
    url: pageLinks(site, locale, sitePaths.recordPage(entry.collection, entry.id)).href,
    content,
    language: pagefindLanguage[locale],
    meta: { title: textIn(title, locale).text, type, kind },
    filters: { [words.searchPage.typeFilter]: [type], [words.searchPage.kindFilter]: [kind] },
  };
}

function kindLabel(entry: CatalogEntry, locale: Locale): string {
  const words = messagesFor(locale);
  const kind = (entry.record as { kind: string }).kind;
  if (entry.collection === "organizations")
    return words.organizationKinds[kind as keyof typeof words.organizationKinds];
  if (entry.collection === "events") return words.eventKinds[kind as keyof typeof words.eventKinds];
  return words.sourceKinds[kind as keyof typeof words.sourceKinds];
}
