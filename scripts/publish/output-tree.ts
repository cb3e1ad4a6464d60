import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { OutputWriter } from "./output-writer.ts";
import type { OutputContent } from "./outputs/output.ts";

export interface OutputFile {
  size: number;
  sha256: string;
}

/**
 * The folder a build writes into, file by file, keeping the size and SHA-256 of each file for the
 * manifest and for incremental rebuilds. Refuses any path that would leave the folder.
 *
 * Given the files a folder already holds (`existing`), it writes only the files whose bytes
 * differ, each by a write to a temporary name and a rename, so that a reader never sees half a
 * file; that is how a rebuild after an edit touches only what the edit changed. It takes that
 * map over and keeps it up to date rather than copying it: at 100,000 records it holds half a
 * million files.
 *
 * With `background`, for a fresh folder, files are written by a thread of their own
 * (`OutputWriter`): `write()` only hands them over, `files` is complete after `settled()`.
 */
export class OutputTree {
  readonly root: string;
  readonly files: Map<string, OutputFile>;
  /** Site paths written by this tree (all of them, for a fresh folder). */
  readonly written: string[] = [];
  readonly removed: string[] = [];
  private readonly madeDirs = new Set<string>();
  private readonly incremental: boolean;
  private writer: OutputWriter | undefined;
  private readonly writtenTwice: string[] = [];

  constructor(root: string, options: { existing?: Map<string, OutputFile>; background?: boolean } = {}) {
    this.root = path.resolve(root);
    this.incremental = options.existing !== undefined;
    this.files = options.existing ?? new Map();
    if (options.background && !this.incremental) {
      this.writer = new OutputWriter((sitePath, file) => {
        // Checked as files come back rather than when handed over, so that no set of every path
        // handed over is held as well: a path written twice still fails the build, in `settled()`.
        if (this.files.has(sitePath)) this.writtenTwice.push(sitePath);
        this.files.set(sitePath, file);
        this.written.push(sitePath);
      });
    }
  }

  write(sitePath: string, content: OutputContent): void {
    const target = this.resolve(sitePath);
    if (this.writer) {
      this.writer.write(sitePath, target, content);
      return;
    }
    // Encoded once: measuring, hashing and writing a string would each encode it again.
    const pieces =
      typeof content === "string" ? [Buffer.from(content)] : content instanceof Uint8Array ? [content] : content;
    const hash = createHash("sha256");
    let size = 0;
    for (const piece of pieces) {
      hash.update(piece);
      size += piece.byteLength;
    }
    const file = { size, sha256: hash.digest("hex") };
    const before = this.files.get(sitePath);
    if (this.incremental && before?.sha256 === file.sha256) return;
    if (!this.incremental && before) throw new Error(`output: ${sitePath} is written twice`);
    const dir = path.dirname(target);
    if (!this.madeDirs.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      this.madeDirs.add(dir);
    }
    if (this.incremental) {
      const temporary = `${target}.${process.pid}.tmp`;
      writePieces(temporary, pieces, size);
      fs.renameSync(temporary, target);
    } else {
      writePieces(target, pieces, size);
    }
    this.files.set(sitePath, file);
    this.written.push(sitePath);
  }

  /** Waits while too much is queued for the writer thread; at once without one. */
  async belowLimit(): Promise<void> {
    await this.writer?.belowLimit();
  }

  /** Waits until every file handed over is written; `files` is then complete, and later writes are direct. */
  async settled(): Promise<void> {
    await this.writer?.finish();
    this.writer = undefined;
    if (this.writtenTwice.length) throw new Error(`output: ${this.writtenTwice.join(", ")} written twice`);
  }

  /** Stops writing, for a build that failed: what is left unwritten is dropped. */
  async abandon(): Promise<void> {
    await this.writer?.stop();
    this.writer = undefined;
  }

  remove(sitePath: string): void {
    if (!this.files.delete(sitePath)) return;
    fs.rmSync(this.resolve(sitePath), { force: true });
    this.removed.push(sitePath);
  }

  resolve(sitePath: string): string {
    const target = path.resolve(this.root, sitePath);
    if (!isInside(this.root, target) || sitePath.includes("\\") || sitePath.startsWith("/")) {
      throw new Error(`output: refusing to write outside the output folder: ${JSON.stringify(sitePath)}`);
    }
    return target;
  }
}

/** Bytes gathered per write call when a file comes in many small pieces (one per record in a dump). */
const gatherBytes = 1 << 20;

function writePieces(target: string, pieces: readonly Uint8Array[], size: number): void {
  if (pieces.length === 1) return fs.writeFileSync(target, pieces[0]!);
  const fd = fs.openSync(target, "w");
  try {
    const gathered = Buffer.allocUnsafe(Math.min(size, gatherBytes));
    let used = 0;
    const flush = () => {
      for (let done = 0; done < used;) done += fs.writeSync(fd, gathered, done, used - done);
      used = 0;
    };
    for (const piece of pieces) {
      if (used + piece.byteLength > gathered.byteLength) flush();
      if (piece.byteLength > gathered.byteLength) {
        for (let done = 0; done < piece.byteLength;) done += fs.writeSync(fd, piece, done, piece.byteLength - done);
      } else {
        gathered.set(piece, used);
        used += piece.byteLength;
      }
    }
    flush();
  } finally {
    fs.closeSync(fd);
  }
}

export function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}
