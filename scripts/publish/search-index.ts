import * as pagefind from "pagefind";
import { isWithdrawn, type Catalog, type CatalogEntry } from "../catalog/catalog.ts";
import { messagesFor, type Locale } from "../i18n/messages.ts";
import { pageLinks } from "../pages/page-links.ts";
import { textIn } from "../pages/localized-text.ts";
import { collectionNames } from "../records/collections.ts";
import type { SiteConfig } from "../site-config.ts";
import { sitePaths } from "./site-paths.ts";

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
 */
export async function buildSearchIndex(
  site: SiteConfig,
  catalog: Catalog,
  locales: readonly Locale[],
): Promise<SearchFile[]> {
  const { index, errors } = await pagefind.createIndex({ maxFragments });
  if (!index) throw new Error(`search index: ${errors.join("; ")}`);
  try {
    const added: Promise<unknown>[] = [];
    for (const locale of locales) {
      for (const collection of collectionNames) {
        for (const entry of catalog[collection].values()) {
          if (!isWithdrawn(entry)) added.push(index.addCustomRecord(searchRecord(site, catalog, entry, locale)));
        }
      }
    }
    for (const response of (await Promise.all(added)) as { errors: string[] }[]) {
      if (response.errors.length) throw new Error(`search index: ${response.errors.join("; ")}`);
    }
    const { files, errors: writeErrors } = await index.getFiles();
    if (writeErrors.length) throw new Error(`search index: ${writeErrors.join("; ")}`);
    return files.map((file) => ({ sitePath: `${sitePaths.searchIndex}${file.path}`, bytes: file.content }));
  } finally {
    await pagefind.close();
  }
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
