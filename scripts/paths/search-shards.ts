import type { Catalog } from "../catalog/catalog.ts";
import { recordKey, type RecordKey } from "../catalog/neighbors.ts";
import type { Locale } from "../i18n/messages.ts";
import { collectionNames } from "../records/collections.ts";
import { sitePaths } from "./site-paths.ts";

/**
 * Records per search shard. Pagefind holds everything it indexes in memory, about 40 KB per
 * document whatever its size, so one index of 100,000 records in two languages needs some
 * 6 GB; shards of this size, indexed one after another, keep it near 200 MB at any scale.
 */
export const defaultShardRecords = 5000;

/** Pagefind's language code for each locale; its interface picks an index by the search page's `lang`. */
export const pagefindLanguage: Record<Locale, string> = { en: "en", "zh-Hans": "zh" };

/**
 * How the search index is split: into `count` shards, each record in the shard its key hashes
 * to, and each shard into a Pagefind bundle per language. The search page loads the first bundle
 * and merges the others (Pagefind's `mergeIndex`). A record stays in its shard while the count
 * stays the same, so an edit re-indexes only the shards of the records it changed.
 *
 * A shard that no live record falls in (its records withdrawn, or fewer records than shards
 * would need) gets no bundle: Pagefind's bundle of no document has no language index, and the
 * search page stops with an error when it loads one, first or merged. Only when no shard holds a
 * record does the first keep its (empty) bundle, so that the page still has its interface.
 */
export interface SearchShards {
  count: number;
  shardOf(key: RecordKey): number;
  /** Whether a shard gets a bundle, its records' or an empty one (see above). */
  hasBundle(shard: number): boolean;
  /** The site path of a shard's bundle, such as `pagefind/en/0/`. */
  bundle(locale: Locale, shard: number): string;
  /** The bundles of a language, those of the shards that have one, the first one first. */
  bundles(locale: Locale): string[];
}

export function searchShards(catalog: Catalog, shardRecords = defaultShardRecords): SearchShards {
  if (!Number.isInteger(shardRecords) || shardRecords < 1)
    throw new Error(`search shards: ${shardRecords} records per shard`);
  let live = 0;
  for (const collection of collectionNames) for (const entry of catalog[collection].values()) if (entry.live) live++;
  const count = Math.max(1, Math.ceil(live / shardRecords));
  const shardOf = (key: RecordKey) => (count === 1 ? 0 : fnv1a(key) % count);
  const held = new Set<number>();
  for (const collection of collectionNames)
    for (const entry of catalog[collection].values())
      if (held.size < count && entry.live) held.add(shardOf(recordKey(collection, entry.id)));
  const withBundle = held.size ? [...held].sort((a, b) => a - b) : [0];
  const bundle = (locale: Locale, shard: number) => `${sitePaths.searchIndex}${pagefindLanguage[locale]}/${shard}/`;
  return {
    count,
    shardOf,
    hasBundle: (shard) => withBundle.includes(shard),
    bundle,
    bundles: (locale) => withBundle.map((shard) => bundle(locale, shard)),
  };
}

/** FNV-1a, 32 bits: a stable, evenly spread hash of a short string, the same on every machine. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
