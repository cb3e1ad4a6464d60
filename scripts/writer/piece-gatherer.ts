import { createHash } from "node:crypto";
import fs from "node:fs";
import type { OutputFile } from "./output-files.ts";
import { maxByteLength, type OutputPiece } from "../outputs/output.ts";

/** Bytes gathered per write call when a file comes in many small pieces (one per record in a dump). */
export const gatherBytes = 1 << 20;

/**
 * Writes and hashes files given in pieces through one buffer: a dump's hundred thousand small
 * pieces become a few hundred calls to hash and write, text encoded straight into the buffer,
 * and the file is never joined in memory. The buffer is used again for every file: memory
 * already mapped, where a fresh one per file would be mapped and zeroed each time.
 */
export class PieceGatherer {
  private readonly gathered = Buffer.allocUnsafeSlow(gatherBytes);

  /** The size and SHA-256 of the pieces joined. */
  hash(pieces: Iterable<OutputPiece>): OutputFile {
    const hash = createHash("sha256");
    let size = 0;
    this.gather(pieces, (bytes) => {
      hash.update(bytes);
      size += bytes.byteLength;
    });
    return { size, sha256: hash.digest("hex") };
  }

  /** Writes the pieces one after another to the file, and hashes the bytes as they go out. */
  write(target: string, pieces: Iterable<OutputPiece>): OutputFile {
    const hash = createHash("sha256");
    let size = 0;
    const fd = fs.openSync(target, "w");
    try {
      this.gather(pieces, (bytes) => {
        hash.update(bytes);
        size += bytes.byteLength;
        for (let done = 0; done < bytes.byteLength;) done += fs.writeSync(fd, bytes, done, bytes.byteLength - done);
      });
    } finally {
      fs.closeSync(fd);
    }
    return { size, sha256: hash.digest("hex") };
  }

  /** Hands the pieces on in chunks of up to `gatherBytes`. A chunk is valid only until `out` returns. */
  private gather(pieces: Iterable<OutputPiece>, out: (bytes: Uint8Array) => void): void {
    const gathered = this.gathered;
    let used = 0;
    const flush = () => {
      if (used > 0) out(gathered.subarray(0, used));
      used = 0;
    };
    for (const piece of pieces) {
      // Room for the piece whatever its characters.
      const room = maxByteLength(piece);
      if (used + room > gatherBytes) flush();
      if (room > gatherBytes) {
        if (typeof piece !== "string") out(piece);
        else {
          for (const slice of textSlices(piece)) {
            used = gathered.write(slice);
            flush();
          }
        }
      } else if (typeof piece === "string") used += gathered.write(piece, used);
      else {
        gathered.set(piece, used);
        used += piece.byteLength;
      }
    }
    flush();
  }
}

/**
 * A long text in slices that fit the gather buffer whatever their characters, never splitting a
 * surrogate pair: encoded whole, it would be a buffer as large as the file, made only to be
 * written out.
 */
function* textSlices(text: string): Generator<string> {
  const units = Math.floor(gatherBytes / 3);
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + units, text.length);
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
    yield text.slice(start, end);
    start = end;
  }
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
