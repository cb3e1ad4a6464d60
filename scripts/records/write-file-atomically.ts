import fs from "node:fs";
import path from "node:path";

/**
 * Replaces a file through a temporary file beside it and a rename, so that a full disk or an
 * interrupted process leaves the old content or the new, never the first half of a record.
 * A failure names the file and says it is unchanged.
 */
export function writeFileAtomically(target: string, text: string): void {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temporary, text);
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    if (error instanceof Error) error.message = `${error.message} (while writing ${target}, which is unchanged)`;
    throw error;
  }
}
