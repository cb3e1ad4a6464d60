import fs from "node:fs";
import path from "node:path";
import { displayPath } from "../project-paths.ts";

/**
 * Replaces a file through a temporary file beside it and a rename, so that a full disk or an
 * interrupted process leaves the old content or the new, never the first half of a record.
 * A failure names the file and says it is unchanged.
 *
 * The rename replaces the file itself, not only its content, so the file's mode and owner are
 * given to the temporary file first; and since a rename needs only the folder's permission, the
 * file's own is checked beforehand, as writing it in place would.
 */
export function writeFileAtomically(target: string, text: string): void {
  const existing = existingFile(target);
  if (existing) refuseUnwritable(target, existing);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temporary, text);
    if (existing) copyOwnerAndMode(temporary, existing);
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    if (error instanceof Error) error.message = `${error.message} (while writing ${target}, which is unchanged)`;
    throw error;
  }
}

function existingFile(target: string): fs.Stats | undefined {
  return fs.statSync(target, { throwIfNoEntry: false });
}

/**
 * A file its owner made read-only, or one of another user's that the folder happens to let us
 * replace, is left as it is. What counts is the system's own answer for writing in place: root
 * may write any file, as `echo > file` would.
 */
function refuseUnwritable(target: string, existing: fs.Stats): void {
  try {
    fs.accessSync(target, fs.constants.W_OK);
  } catch (error) {
    const { code, syscall } = error as NodeJS.ErrnoException;
    const mode = (existing.mode & 0o777).toString(8).padStart(4, "0");
    const reason =
      code === "EROFS" ? "it is on a read-only file system" : `you have no permission to write it (mode ${mode})`;
    throw Object.assign(new Error(`${displayPath(target)}: left unchanged, because ${reason}`), { code, syscall });
  }
}

/**
 * The owner first, since changing it clears the set-user-id and set-group-id bits. Only root may
 * give a file to another user: anyone else who may write the file keeps it under their own name,
 * as an editor saving through a rename does. Root failing to is a real failure.
 */
function copyOwnerAndMode(temporary: string, existing: fs.Stats): void {
  try {
    fs.chownSync(temporary, existing.uid, existing.gid);
  } catch (error) {
    const isRoot = process.getuid?.() === 0;
    if ((error as NodeJS.ErrnoException).code !== "EPERM" || isRoot) throw error;
  }
  fs.chmodSync(temporary, existing.mode & 0o7777);
}
