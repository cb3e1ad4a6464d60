/** A piece of a file: text, written as UTF-8, or bytes. */
export type OutputPiece = string | Uint8Array;

/**
 * The pieces of a file that lists every record (a dump, a collection list, the calendar of all
 * events), made one by one as they are written: never all in memory at once, and each gone as
 * soon as it is on its way to the disk, before the garbage collector has to move it to the old
 * generation. `pieces()` makes them afresh on each call. A rebuild, which hashes a file before it
 * writes it, calls it once and holds the pieces: in a builder that rebuilds, they are the bytes
 * it keeps per record anyway.
 */
export interface PieceStream {
  pieces(): Iterable<OutputPiece>;
}

/**
 * A file's bytes: text, bytes, or pieces. A dump of a large registry stays in pieces (one per
 * record) all the way to the disk: joining them would copy hundreds of megabytes into a buffer
 * that is thrown away once written.
 */
export type OutputContent = string | Uint8Array | readonly OutputPiece[] | PieceStream;

/** A file's content as pieces, for writing and hashing. */
export function contentPieces(content: OutputContent): Iterable<OutputPiece> {
  if (typeof content === "string" || content instanceof Uint8Array) return [content];
  return isPieceStream(content) ? content.pieces() : content;
}

/** A piece's size once written. */
export function byteLength(piece: OutputPiece): number {
  return typeof piece === "string" ? Buffer.byteLength(piece) : piece.byteLength;
}

/**
 * At least a piece's size once written, counted without going through text: UTF-8 takes at most
 * three bytes for each UTF-16 unit. For the files of every page, where exact counts would cost a
 * pass over each page.
 */
export function maxByteLength(piece: OutputPiece): number {
  return typeof piece === "string" ? piece.length * 3 : piece.byteLength;
}

export function isPieceStream(content: OutputContent): content is PieceStream {
  return typeof content === "object" && "pieces" in content && typeof content.pieces === "function";
}

/**
 * A part of a large JSON document that is checked on its own, against its own response schema,
 * instead of as part of the document (which then leaves it out): a record of `all.json`.
 */
export interface CheckedPart {
  /** Where the part sits in the whole document, for messages. */
  pointer: string;
  schema: string;
  /** Never changed once made: a part that passed is remembered by identity. */
  document: object;
  /** Made for this check alone (a manifest entry; a dump item a one-off build does not keep), so not remembered. */
  once?: boolean;
}

/**
 * A file as made: its bytes and, for a JSON file the API describes, the document its response
 * schema checks (without the parts, which are checked one by one).
 */
export interface MadeFile {
  content: OutputContent;
  document?: unknown;
  parts?: Iterable<CheckedPart>;
}

/** The text of a JSON document: compact when there are many of its kind (records), indented when people read it. */
export function jsonText(document: unknown, layout: "compact" | "pretty" = "compact"): string {
  return layout === "pretty" ? `${JSON.stringify(document, null, 2)}\n` : `${JSON.stringify(document)}\n`;
}

/** The files a build published, with their sizes and hashes: what the manifest lists. */
export interface PublishedFiles {
  keys(): Iterable<string>;
  get(sitePath: string): { size: number; sha256: string } | undefined;
  totalBytes(): number;
}
