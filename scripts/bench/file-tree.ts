import fs from "node:fs";
import path from "node:path";
import { builtFiles } from "../site-checks/built-files.ts";

/**
 * The files whose bytes differ between two folders (including files only the second one holds),
 * and the files only the first one holds. Reads one pair of files at a time, so that trees of
 * gigabytes can be compared.
 */
export function diffTrees(before: string, after: string): { changed: string[]; removed: string[] } {
  const beforeFiles = new Set(builtFiles(before));
  const changed: string[] = [];
  for (const file of builtFiles(after)) {
    const present = beforeFiles.delete(file);
    if (!present || !fs.readFileSync(path.join(before, file)).equals(fs.readFileSync(path.join(after, file))))
      changed.push(file);
  }
  return { changed, removed: [...beforeFiles].sort() };
}

/** Describes how the second folder differs from the first in one line, or nothing when they are identical. */
export function describeTreeDifference(expected: string, actual: string): string | undefined {
  const { changed, removed } = diffTrees(expected, actual);
  if (!changed.length && !removed.length) return undefined;
  return [
    changed.length ? `${changed.length} files differ or are unexpected (${sample(changed)})` : "",
    removed.length ? `${removed.length} files are missing (${sample(removed)})` : "",
  ]
    .filter(Boolean)
    .join("; ");
}

/** Describes how two lists of paths differ, or nothing when they hold the same paths. */
export function describeListDifference(expected: Iterable<string>, actual: Iterable<string>): string | undefined {
  const want = new Set(expected);
  const got = new Set(actual);
  const missing = [...want].filter((file) => !got.has(file)).sort();
  const extra = [...got].filter((file) => !want.has(file)).sort();
  if (!missing.length && !extra.length) return undefined;
  return [missing.length ? `missing ${sample(missing)}` : "", extra.length ? `extra ${sample(extra)}` : ""]
    .filter(Boolean)
    .join("; ");
}

function sample(files: readonly string[]): string {
  return files.slice(0, 4).join(", ") + (files.length > 4 ? ", …" : "");
}
