import fs from "node:fs";
import path from "node:path";
import { OutputFiles, type OutputFile } from "./output-files.ts";
import { OutputWriter } from "./output-writer.ts";
import { namedWriteError } from "./write-errors.ts";
import { gatherBytes, PieceGatherer } from "./piece-gatherer.ts";
import {
  byteLength,
  contentPieces,
  isPieceStream,
  maxByteLength,
  type OutputContent,
  type PieceStream,
} from "../outputs/output.ts";

/**
 * The folder a build writes into, file by file, keeping the size and SHA-256 of each file for the
 * manifest and for incremental rebuilds. Refuses any path that would leave the folder.
 *
 * Given the files a folder already holds (`existing`), it writes only the files whose bytes
 * differ, each by a write to a temporary name and a rename, so that a reader never sees half a
 * file; that is how a rebuild after an edit touches only what the edit changed. It takes those
 * files over and keeps them up to date rather than copying them: at 100,000 records there are
 * half a million.
 *
 * With `background`, for a fresh folder, files are written by a thread of their own
 * (`OutputWriter`): `write()` only hands them over, `files` is complete after `settled()`.
 */
export class OutputTree {
  readonly root: string;
  readonly files: OutputFiles;
  /** Site paths written by this tree (all of them, for a fresh folder). */
  readonly written: string[] = [];
  readonly removed: string[] = [];
  private readonly madeDirs = new Set<string>();
  private readonly incremental: boolean;
  private writer: OutputWriter | undefined;
  private readonly writtenTwice: string[] = [];
  private abandoned = false;
  /** For the files written here rather than by the writer thread: writes are synchronous, so one serves them all. */
  private readonly gatherer = new PieceGatherer();

  constructor(root: string, options: { existing?: OutputFiles; background?: boolean } = {}) {
    this.root = path.resolve(root);
    this.incremental = options.existing !== undefined;
    this.files = options.existing ?? new OutputFiles();
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
    // A failed build stops writing: what comes after (a search bundle finishing) is dropped.
    if (this.abandoned) return;
    const target = this.resolve(sitePath);
    try {
      this.writeFile(sitePath, target, content);
    } catch (error) {
      throw namedWriteError(sitePath, error);
    }
  }

  private writeFile(sitePath: string, target: string, content: OutputContent): void {
    // A large file (a dump, a list of every record) is written here, from its pieces: handed to
    // the thread, it would first be copied whole into one buffer as large as the file.
    if (this.writer && !isPieceStream(content) && !isLarge(content)) {
      this.writer.write(sitePath, target, content);
      return;
    }
    if (!this.incremental && this.files.has(sitePath)) throw new Error(`output: ${sitePath} is written twice`);
    const dir = path.dirname(target);
    if (!this.incremental) {
      this.makeDir(dir);
      this.record(sitePath, this.gatherer.write(target, contentPieces(content)));
      return;
    }
    const temporary = `${target}.${process.pid}.tmp`;
    // A stream (a dump, the manifest) is made once, and written to a temporary file as it is
    // hashed, which is dropped when the bytes are the same: holding its pieces to hash them
    // before writing held every entry of the manifest at once, 600 MB at 100,000 records.
    if (isPieceStream(content)) {
      this.makeDir(dir);
      const written = this.gatherer.write(temporary, contentPieces(content));
      if (this.files.hasHash(sitePath, written.sha256)) fs.rmSync(temporary);
      else {
        fs.renameSync(temporary, target);
        this.record(sitePath, written);
      }
      return;
    }
    // Anything else is in memory already: hashed first, written only when its bytes changed.
    // Long text is encoded once, for both.
    const pieces = Array.from(contentPieces(content), (piece) =>
      typeof piece === "string" && piece.length > encodeOnceLength ? Buffer.from(piece) : piece,
    );
    const hashed = this.gatherer.hash(pieces);
    if (this.files.hasHash(sitePath, hashed.sha256)) return;
    this.makeDir(dir);
    this.gatherer.write(temporary, pieces);
    fs.renameSync(temporary, target);
    this.record(sitePath, hashed);
  }

  private makeDir(dir: string): void {
    if (this.madeDirs.has(dir)) return;
    fs.mkdirSync(dir, { recursive: true });
    this.madeDirs.add(dir);
  }

  private record(sitePath: string, file: OutputFile): void {
    this.files.set(sitePath, file);
    this.written.push(sitePath);
  }

  /** Waits while too much is queued for the writer thread; at once without one. */
  async belowLimit(): Promise<void> {
    await this.writer?.belowLimit();
  }

  /** Waits until every file handed over so far is written; the writer thread stays for more. */
  async drained(): Promise<void> {
    await this.writer?.drained();
  }

  /** Waits until every file handed over is written; `files` is then complete, and later writes are direct. */
  async settled(): Promise<void> {
    await this.writer?.finish();
    this.writer = undefined;
    if (this.writtenTwice.length) throw new Error(`output: ${this.writtenTwice.join(", ")} written twice`);
  }

  /** Stops writing, for a build that failed: what is left unwritten is dropped. */
  async abandon(): Promise<void> {
    this.abandoned = true;
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

/** Text longer than this is encoded once when a rebuild hashes it and then writes it (see `write`). */
const encodeOnceLength = 64 * 1024;

/**
 * Whether a file is larger than the gather buffer, so that it is not copied whole before it is
 * written. Counted exactly only when the bound says it might be: nearly every file is a page.
 */
function isLarge(content: Exclude<OutputContent, PieceStream>): boolean {
  // Not a stream: its pieces can be gone through twice.
  const pieces = contentPieces(content);
  let bound = 0;
  for (const piece of pieces) bound += maxByteLength(piece);
  if (bound <= gatherBytes) return false;
  let size = 0;
  for (const piece of pieces) if ((size += byteLength(piece)) > gatherBytes) return true;
  return false;
}

export function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}
