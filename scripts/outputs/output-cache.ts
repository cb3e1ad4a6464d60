import type { OutputPiece } from "./output.ts";

/**
 * A kind of value the cache holds per key, such as each record's line of a CSV dump (keyed by
 * catalog entry) or a time zone's offset changes (keyed by the zone's name).
 */
export interface CacheSlot<Key extends object | string, Value> {
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

export function cacheSlot<Key extends object | string, Value>(
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
  /** Held weakly by object, so that an entry a rebuild replaced takes its values with it; by name, for as long as the cache. */
  private readonly values = new Map<object, Map<unknown, unknown>>();

  constructor(readonly forRebuilds: boolean) {}

  get<Key extends object | string, Value>(slot: CacheSlot<Key, Value>, key: Key): Value | undefined {
    return this.values.get(slot)?.get(key) as Value | undefined;
  }

  /** Keeps the value if the slot is kept by this cache's builds; returns it either way. */
  keep<Key extends object | string, Value>(slot: CacheSlot<Key, Value>, key: Key, value: Value): Value {
    if (slot.keptFor === "every build" || this.forRebuilds) {
      let values = this.values.get(slot);
      if (!values) {
        // A weak map has the methods asked of it here, for object keys alone.
        values = typeof key === "string" ? new Map() : (new WeakMap() as unknown as Map<unknown, unknown>);
        this.values.set(slot, values);
      }
      values.set(key, value);
    }
    return value;
  }

  /** The value kept for the key, made and kept first if there is none. */
  getOrKeep<Key extends object | string, Value>(slot: CacheSlot<Key, Value>, key: Key, make: () => Value): Value {
    const kept = this.get(slot, key);
    return kept !== undefined ? kept : this.keep(slot, key, make());
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
