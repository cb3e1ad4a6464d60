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
