import fs from "node:fs";
import fsp from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import * as pagefind from "pagefind";
import type { Catalog, CatalogEntry } from "../../catalog/catalog.ts";
import { recordKey } from "../../catalog/neighbors.ts";
import type { Locale } from "../../i18n/messages.ts";
import { collectionNames } from "../../records/collections.ts";
import { pagefindLanguage, type SearchShards } from "../../paths/search-shards.ts";
import type { OutputContext } from "../output-context.ts";
import { searchDocument, searchRecord } from "./search-documents.ts";

export interface SearchFile {
  sitePath: string;
  bytes: Uint8Array;
}

/** Fewer, larger fragment files: one per record would mean hundreds of thousands of files at scale. */
const maxFragments = 500;

/**
 * Where the documents Pagefind reads are written: the build's writer thread, handed in so that
 * they are written while this one makes the next ones.
 */
export interface DocumentWriter {
  write(name: string, file: string, content: string): void;
  /** Waits while too much is queued. */
  belowLimit(): Promise<void>;
  /** Waits until every document handed over is written. */
  drained(): Promise<void>;
}

export interface SearchIndexOptions {
  shards: SearchShards;
  documents: DocumentWriter;
  /** The bundles to index (site paths, as `SearchShards.bundle` gives them); every bundle unless given. */
  only?: ReadonlySet<string> | undefined;
  /** Receives each bundle's files as soon as the bundle is indexed. */
  write: (file: SearchFile) => void;
  /** Stops the indexing after the bundle under way, writing nothing more: for a build that failed. */
  signal?: AbortSignal;
}

/**
 * Builds the full-text search index with Pagefind (its binary ships in the npm package) from
 * the catalog rather than from the pages: names in every language, kinds, places and
 * descriptions, filterable by type and kind. Each language's records are split into shards
 * (`SearchShards`), each indexed into a bundle of its own under `pagefind/`, one after another:
 * Pagefind keeps everything it indexes in memory, and each shard's index is deleted once its
 * bundle is handed over, so a shard's size, not the registry's, bounds its process (about 300 MB
 * at 30,000 records and 330 MB at 100,000, over 12 and 40 shards). Returns the bundles built,
 * with those of the shards that get none (`SearchShards.hasBundle`), which are left with no file.
 *
 * Each record goes to Pagefind as a small HTML document in a private folder, and a shard is
 * indexed in one `addDirectory` call: Pagefind's per-record API looks through every record
 * added so far on each call, which grows as the square of the shard, while a folder is read in
 * one pass. Each document names its record's URL in the `url` metadata, which Pagefind's
 * interface links to.
 */
export async function buildSearchIndex(
  { site, catalog }: OutputContext,
  locales: readonly Locale[],
  options: SearchIndexOptions,
): Promise<string[]> {
  const { shards, documents: writer } = options;
  const members: CatalogEntry[][] = Array.from({ length: shards.count }, () => []);
  for (const collection of collectionNames) {
    for (const entry of catalog[collection].values()) {
      if (entry.live) members[shards.shardOf(recordKey(collection, entry.id))]!.push(entry);
    }
  }
  const root = scratchRoot(catalog);
  removeAbandonedScratch(root);
  const folder = fs.mkdtempSync(path.join(root, `${scratchPrefix}${process.pid}-`));
  const built: string[] = [];
  try {
    for (const locale of locales) {
      for (const [shard, entries] of members.entries()) {
        const bundle = shards.bundle(locale, shard);
        if (options.signal?.aborted) return built;
        if (options.only && !options.only.has(bundle)) continue;
        // A shard with no bundle is still reported, so that a rebuild removes the one it had.
        built.push(bundle);
        if (!shards.hasBundle(shard)) continue;
        const documents = path.join(folder, `${pagefindLanguage[locale]}-${shard}`);
        for (const [position, entry] of entries.entries()) {
          if (position % 256 === 255) await writer.belowLimit();
          const record = searchRecord(site, entry, locale);
          // Named by record, not by position, so that adding a record leaves the others' index entries as they were.
          writer.write(
            record.url,
            path.join(documents, `${entry.collection}.${entry.id}.html`),
            searchDocument(record),
          );
        }
        await writer.drained();
        const files = await indexFolder(documents);
        if (options.signal?.aborted) return built;
        for (const file of files) options.write({ sitePath: `${bundle}${file.path}`, bytes: file.content });
        await fsp.rm(documents, { recursive: true, force: true });
      }
    }
  } finally {
    await fsp.rm(folder, { recursive: true, force: true });
  }
  return built;
}

/**
 * Indexes one folder of documents, then deletes the index, which frees what Pagefind's process
 * held for it. Pagefind's Node API runs one process for every index of this process, and does
 * not keep this process alive for it, so it is never closed: closing it would end the index of
 * any other build under way here (the tests, a server).
 */
async function indexFolder(folder: string): Promise<{ path: string; content: Uint8Array }[]> {
  // No document at all when no shard holds a record: shard 0 keeps a bundle, for the search page's interface.
  fs.mkdirSync(folder, { recursive: true });
  const { index, errors } = await pagefind.createIndex({ maxFragments });
  if (!index) throw new Error(`search index: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: folder });
    if (added.errors.length) throw new Error(`search index: ${added.errors.join("; ")}`);
    const { files, errors: writeErrors } = await index.getFiles();
    if (writeErrors.length) throw new Error(`search index: ${writeErrors.join("; ")}`);
    return files;
  } finally {
    await index.deleteIndex();
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

const scratchPrefix = "registry-search-";

/**
 * Removes the scratch folders of builds whose process is gone: a build that is killed never
 * reaches its `finally`, and each folder would stay in memory-backed storage until a reboot.
 * Folders are named after their process, so that a build running alongside keeps its own.
 */
export function removeAbandonedScratch(root: string): void {
  for (const name of fs.readdirSync(root)) {
    const pid = new RegExp(`^${scratchPrefix}(\\d+)-`).exec(name)?.[1];
    if (pid === undefined || processExists(Number(pid))) continue;
    fs.rmSync(path.join(root, name), { recursive: true, force: true });
  }
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
