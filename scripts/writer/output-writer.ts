import { Worker } from "node:worker_threads";
import type { OutputFile } from "./output-files.ts";
import { namedWriteError } from "./write-errors.ts";
import {
  byteLength,
  maxByteLength,
  type OutputContent,
  type OutputPiece,
  type PieceStream,
} from "../outputs/output.ts";

/**
 * What the thread sends back: the size and hash of the batch's files in the order they were
 * sent (their site paths stay on this side, rather than coming back as copies: half a million
 * of them at 100,000 records), and where it stopped if a write failed.
 */
interface BatchReply {
  batch: number;
  written: OutputFile[];
  failed?: { index: number; message: string; code?: string; syscall?: string };
  /** The batch's buffer, moved back to be filled again. */
  buffer: ArrayBuffer;
}

/** Bytes per batch: a batch is one buffer, moved to the writer thread without a copy. */
const batchBytes = 1 << 20;
/** Bytes handed over and not yet written beyond which the build waits: the bound on memory. */
const maxPendingBytes = 64 << 20;

/**
 * Writes files on a thread of its own, in batches, while the build's thread goes on rendering:
 * the file system's time (open, mkdir, write) and the hashing overlap the build's work instead
 * of adding to it. Text is encoded straight into the batch's buffer, which is then moved to the
 * thread rather than copied. Bounded: `belowLimit()` makes the build wait while too much is queued.
 *
 * The thread moves each buffer back once its files are written, and the next batch is encoded
 * into it. A fresh buffer per batch would be memory the system has to map and zero on first
 * touch, every megabyte of output again (on a virtual machine that cost more than the encoding
 * itself), and it would be freed only when the thread's garbage collector ran.
 */
export class OutputWriter {
  private readonly worker = new Worker(new URL("./output-writer.worker.js", import.meta.url));
  private buffer = Buffer.allocUnsafeSlow(batchBytes);
  /** Batch buffers back from the thread, to be filled again: never more than were in flight. */
  private readonly spare: ArrayBuffer[] = [];
  private used = 0;
  private files: { target: string; start: number; end: number }[] = [];
  private sitePaths: string[] = [];
  private pendingBytes = 0;
  private readonly sent = new Map<number, { bytes: number; sitePaths: string[] }>();
  private nextBatch = 0;
  private failure: Error | undefined;
  private waiters: (() => void)[] = [];

  constructor(private readonly onWritten: (sitePath: string, file: OutputFile) => void) {
    this.worker.on("message", (reply: BatchReply) => {
      const sent = this.sent.get(reply.batch)!;
      reply.written.forEach((file, index) => this.onWritten(sent.sitePaths[index]!, file));
      if (reply.failed) {
        const sitePath = sent.sitePaths[reply.failed.index]!;
        const named = namedWriteError(sitePath, reply.failed);
        this.fail(named instanceof Error ? named : new Error(`could not write ${sitePath}: ${reply.failed.message}`));
      }
      this.pendingBytes -= sent.bytes;
      this.sent.delete(reply.batch);
      if (reply.buffer.byteLength === batchBytes) this.spare.push(reply.buffer);
      this.wake();
    });
    this.worker.on("error", (error) => this.fail(error));
    this.worker.on("exit", () => this.fail(new Error("output: the writer thread stopped")));
  }

  write(sitePath: string, target: string, content: Exclude<OutputContent, PieceStream>): void {
    // After a failed write nothing is sent any more, so the batch would fill past its end: the
    // build stops here with the failure, such as a full disk, rather than with a RangeError.
    if (this.failure) throw this.failure;
    const pieces = typeof content === "string" || content instanceof Uint8Array ? [content] : content;
    let room = 0;
    for (const piece of pieces) room += roomFor(piece);
    if (this.used + room > this.buffer.byteLength) {
      this.send();
      if (room > this.buffer.byteLength) this.buffer = Buffer.allocUnsafeSlow(room);
    }
    const start = this.used;
    // Pieces (a dump's records) are encoded or copied straight into the batch: never joined first.
    for (const piece of pieces) {
      if (typeof piece === "string") this.used += this.buffer.write(piece, this.used);
      else {
        this.buffer.set(piece, this.used);
        this.used += piece.byteLength;
      }
    }
    this.files.push({ target, start, end: this.used });
    this.sitePaths.push(sitePath);
  }

  /** Resolves once the files not yet written are back under the bound. */
  async belowLimit(): Promise<void> {
    this.send();
    while (this.pendingBytes > maxPendingBytes && !this.failure)
      await new Promise<void>((wake) => this.waiters.push(wake));
    if (this.failure) throw this.failure;
  }

  /** Resolves once every file handed over so far is written; the thread stays ready for more. */
  async drained(): Promise<void> {
    this.send();
    while (this.sent.size > 0 && !this.failure) await new Promise<void>((wake) => this.waiters.push(wake));
    if (this.failure) throw this.failure;
  }

  /** Resolves once every file is written, and stops the thread. */
  async finish(): Promise<void> {
    try {
      await this.drained();
    } finally {
      await this.stop();
    }
  }

  /** Stops the thread, written or not: for a build that failed. */
  async stop(): Promise<void> {
    this.worker.removeAllListeners("exit");
    await this.worker.terminate();
  }

  private send(): void {
    if (this.files.length === 0 || this.failure) return;
    const batch = this.nextBatch++;
    this.sent.set(batch, { bytes: this.used, sitePaths: this.sitePaths });
    this.pendingBytes += this.used;
    const { buffer } = this.buffer;
    this.worker.postMessage({ batch, buffer, files: this.files }, [buffer]);
    const spare = this.spare.pop();
    this.buffer = spare ? Buffer.from(spare) : Buffer.allocUnsafeSlow(batchBytes);
    this.used = 0;
    this.files = [];
    this.sitePaths = [];
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.wake();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}

/**
 * The bytes to keep free for a piece: its bound, or, for a large text, its exact size, as three
 * times its length could be a buffer of over a gigabyte.
 */
function roomFor(piece: OutputPiece): number {
  const bound = maxByteLength(piece);
  return bound <= batchBytes ? bound : byteLength(piece);
}
