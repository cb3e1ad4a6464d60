// The output writer's thread: hashes and writes the files the build hands it, so that the
// build's own thread keeps rendering while the file system works. Plain JavaScript, as a worker
// thread does not get the TypeScript loader of the thread that starts it.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parentPort } from "node:worker_threads";

const madeDirs = new Set();

/**
 * A batch is one buffer holding the bytes of several files end to end, moved (not copied) from
 * the build's thread, and where each file starts and ends in it.
 * Replies with each file's size and SHA-256, in order, and moves the buffer back to be filled again.
 * @param {{ batch: number, buffer: ArrayBuffer, files: { target: string, start: number, end: number }[] }} message
 */
function writeBatch({ batch, buffer, files }) {
  const written = [];
  for (const [index, { target, start, end }] of files.entries()) {
    try {
      const bytes = new Uint8Array(buffer, start, end - start);
      const dir = path.dirname(target);
      if (!madeDirs.has(dir)) {
        fs.mkdirSync(dir, { recursive: true });
        madeDirs.add(dir);
      }
      fs.writeFileSync(target, bytes);
      written.push({ size: bytes.byteLength, sha256: createHash("sha256").update(bytes).digest("hex") });
    } catch (error) {
      // The system's code (ENOSPC, EACCES…) goes back with the message: a full disk is the machine's
      // state, to be reported in one line, not a bug.
      const failed = { index, message: String(error?.message ?? error), code: error?.code, syscall: error?.syscall };
      parentPort?.postMessage({ batch, written, failed, buffer }, [buffer]);
      return;
    }
  }
  parentPort?.postMessage({ batch, written, buffer }, [buffer]);
}

parentPort?.on("message", writeBatch);
