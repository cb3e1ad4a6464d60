import type { OutputPiece } from "./outputs/output.ts";

/**
 * Whether serialised pieces of records (dump lines, CSV lines, calendar blocks, feed items) are
 * kept per catalog entry. A builder that will rebuild after edits keeps them, so that a rebuild
 * serialises only the records an edit touched; a one-off build does not, since at 100,000
 * records they come to hundreds of megabytes that nothing would use again.
 */
let keeping = true;

/** Sets the policy for the builds that follow in this process. */
export function keepSerialisedPieces(keep: boolean): void {
  keeping = keep;
}

/** Whether pieces are kept (see `keepSerialisedPieces`). */
export function keepingPieces(): boolean {
  return keeping;
}

/**
 * A record's serialised text as the piece to hold: its UTF-8 bytes while pieces are kept (encoded
 * once, for every rebuild that writes it again), the text itself otherwise, encoded straight into
 * the buffer it is written from. Bytes made for every record by a one-off build would be hundreds
 * of megabytes of small allocations, which the system allocator keeps once they are freed.
 */
export function pieceOf(text: string): OutputPiece {
  return keeping ? Buffer.from(text) : text;
}

/** A piece per catalog entry, remembered only while pieces are kept (see `keepSerialisedPieces`). */
export class KeptPieces<Key extends object, Piece> {
  private readonly pieces = new WeakMap<Key, Piece>();

  get(key: Key): Piece | undefined {
    return this.pieces.get(key);
  }

  set(key: Key, piece: Piece): void {
    if (keeping) this.pieces.set(key, piece);
  }
}
