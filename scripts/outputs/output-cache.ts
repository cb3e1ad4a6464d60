import type { OutputPiece } from "./output.ts";

/** A kind of value the cache holds per key (a catalog entry), such as each record's line of a CSV dump. */
export interface CacheSlot<Key extends object, Value> {
  readonly name: string;
  /**
   * `every build`: kept by any build, as a value is asked for many times in one (a record's
   * summary appears in every document that links it). `rebuilds`: kept only by a builder that
   * will build again after an edit; a one-off build makes it and lets it go.
   */
  readonly keptFor: "every build" | "rebuilds";
  /** Never set: it only carries the types of keys and values. */
  readonly types?: [Key, Value];
}

export function cacheSlot<Key extends object, Value>(
  name: string,
  keptFor: CacheSlot<Key, Value>["keptFor"],
): CacheSlot<Key, Value> {
  return Object.freeze({ name, keptFor });
}

/**
 * What outputs keep per catalog entry: serialised pieces of records (dump lines, CSV lines,
 * calendar blocks, feed items, summaries). A builder that rebuilds after edits holds one cache
 * for all its builds, and hands unchanged records their entry objects from the catalog before,
 * so that a rebuild serialises again only the records an edit touched. A one-off build gets a
 * cache that keeps only what one build asks for more than once: at 100,000 records the pieces
 * come to hundreds of megabytes that nothing would use again.
 */
export class OutputCache {
  private readonly values = new Map<CacheSlot<object, unknown>, WeakMap<object, unknown>>();

  constructor(readonly forRebuilds: boolean) {}

  get<Key extends object, Value>(slot: CacheSlot<Key, Value>, key: Key): Value | undefined {
    return this.values.get(slot as CacheSlot<object, unknown>)?.get(key) as Value | undefined;
  }

  /** Keeps the value if the slot is kept by this cache's builds; returns it either way. */
  keep<Key extends object, Value>(slot: CacheSlot<Key, Value>, key: Key, value: Value): Value {
    if (slot.keptFor === "every build" || this.forRebuilds) {
      let values = this.values.get(slot as CacheSlot<object, unknown>);
      if (!values) this.values.set(slot as CacheSlot<object, unknown>, (values = new WeakMap()));
      values.set(key, value);
    }
    return value;
  }

  /**
   * A record's serialised text as the piece to hold: its UTF-8 bytes when pieces are kept for
   * rebuilds (encoded once, for every rebuild that writes it again), the text itself otherwise,
   * encoded straight into the buffer it is written from. Bytes made for every record by a
   * one-off build would be hundreds of megabytes of small allocations, which the system
   * allocator keeps once they are freed.
   */
  piece(text: string): OutputPiece {
    return this.forRebuilds ? Buffer.from(text) : text;
  }
}
