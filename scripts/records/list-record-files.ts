import fs from "node:fs";
import path from "node:path";
import { UsageError } from "../command-line.ts";
import { argumentPath, displayPath, isSameOrInside } from "../project-paths.ts";
import { collectionNames, isCollectionName, isValidId, reservedIds, type CollectionName } from "./collections.ts";

export interface RecordFile {
  collection: CollectionName;
  /** The id the file name gives, which the record's `id` must repeat. */
  id: string;
  absolutePath: string;
  /** The path as shown to contributors. */
  file: string;
}

export interface MisplacedEntry {
  file: string;
  message: string;
}

export interface DataFolderListing {
  files: RecordFile[];
  misplaced: MisplacedEntry[];
}

/**
 * Lists `<collection>/<id>.json` in a data folder, sorted, and names every entry that does not
 * belong there (a stray file, a typo in a folder name, a file name that is not an id, a hidden
 * `.json` file), so that nothing a contributor adds is silently ignored.
 */
export function listRecordFiles(dataDir: string): DataFolderListing {
  if (!fs.existsSync(dataDir) || !fs.statSync(dataDir).isDirectory()) {
    throw new UsageError(`data folder not found: ${dataDir}`);
  }
  const files: RecordFile[] = [];
  const misplaced: MisplacedEntry[] = [];
  for (const entry of fs.readdirSync(dataDir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) {
      misplaced.push(...hiddenRecordLookalike(entry, path.join(dataDir, entry.name)));
      continue;
    }
    if (!entry.isDirectory() || !isCollectionName(entry.name)) {
      misplaced.push({
        file: displayPath(path.join(dataDir, entry.name)),
        message: `unexpected ${entry.isDirectory() ? "folder" : "file"}: records go in ${collectionNames.map((name) => `${name}/`).join(", ")}`,
      });
    }
  }
  // Display paths are built by concatenation: path.relative per file is a real cost at 100,000 files.
  const shownDataDir = displayPath(dataDir) === "." ? "" : `${displayPath(dataDir)}/`;
  for (const collection of collectionNames) {
    const folder = path.join(dataDir, collection);
    if (!fs.existsSync(folder)) continue;
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const absolutePath = `${folder}${path.sep}${entry.name}`;
      if (entry.name.startsWith(".")) {
        misplaced.push(...hiddenRecordLookalike(entry, absolutePath));
        continue;
      }
      const id = entry.name.endsWith(".json") ? entry.name.slice(0, -".json".length) : undefined;
      if (!entry.isFile() || id === undefined || !isValidId(id)) {
        misplaced.push({
          file: displayPath(absolutePath),
          message: misplacedMessage(collection, entry, id),
        });
        continue;
      }
      files.push({ collection, id, absolutePath, file: `${shownDataDir}${collection}/${entry.name}` });
    }
  }
  files.sort((a, b) => (a.absolutePath < b.absolutePath ? -1 : a.absolutePath > b.absolutePath ? 1 : 0));
  return { files, misplaced };
}

/**
 * Hidden files are the tools' own (`.DS_Store`, `.gitkeep`, an editor's swap file, the temporary
 * file of a rewrite) and are passed over; but a hidden `.json` file looks like a record to the
 * person who wrote it, and would otherwise be dropped without a word.
 */
function hiddenRecordLookalike(hidden: fs.Dirent, absolutePath: string): MisplacedEntry[] {
  if (!hidden.name.endsWith(".json") || hidden.isDirectory()) return [];
  return [
    {
      file: displayPath(absolutePath),
      message: `"${hidden.name}" is a hidden file, which is never read as a record: rename it to <id>.json, or remove it`,
    },
  ];
}

/**
 * A symbolic link is refused rather than followed: git stores the link, not the record, so the
 * record's history, the pull request's diff and a checkout without link support would each see
 * something else than the validator did.
 */
function misplacedMessage(collection: string, entry: fs.Dirent, id: string | undefined): string {
  const name = entry.name;
  if (entry.isSymbolicLink()) {
    return `"${name}" in ${collection}/ is a symbolic link: a record must be a regular file, so copy or move the record itself here`;
  }
  if (!entry.isFile()) return `unexpected folder in ${collection}/: each record is one <id>.json file`;
  if (id !== undefined && reservedIds.has(id)) return `"${id}" is reserved for the collection lists: choose another id`;
  return `file name "${name}" is not <id>.json: an id is lowercase letters a-z and digits in words joined by single hyphens`;
}

/**
 * The record files a command was given by name (`npm run validate -- FILE…`), as absolute
 * paths. A name that is no file, or a file outside the data folder, is a usage mistake: checked
 * silently against nothing, it would come out as valid.
 */
export function namedRecordFiles(dataDir: string, names: readonly string[]): Set<string> {
  const data = path.resolve(dataDir);
  const named = new Set<string>();
  for (const name of names) {
    const absolutePath = argumentPath(name);
    if (!fs.existsSync(absolutePath)) throw new UsageError(`no such file: ${name}`);
    if (fs.statSync(absolutePath).isDirectory())
      throw new UsageError(`${name} is a folder: name record files, or none for every record`);
    if (absolutePath === data || !isSameOrInside(data, absolutePath))
      throw new UsageError(`${name} is not in the data folder (${displayPath(data)}): give record files from there`);
    named.add(absolutePath);
  }
  return named;
}
