import { isCollectionName, type CollectionName } from "../records/collections.ts";
import { isWithdrawn } from "../records/record-status.ts";
import { diffRecords, type FieldChange } from "./record-diff.ts";
import { readBlobs, readDataHistory, type Commit, type FileChange } from "./git-history.ts";

export type ChangeKind = "added" | "changed" | "renamed" | "withdrawn" | "restored" | "removed";

/** What one commit did to one record, in terms of its fields. */
export interface ChangeEntry {
  commit: string;
  date: string;
  collection: CollectionName;
  /** The record's id after the change (before it, for a removal). */
  id: string;
  change: ChangeKind;
  /** For a rename: the id before it. */
  formerId?: string;
  fields: FieldChange[];
  /** The record as it was after the change (before it, for a removal), for naming it. */
  record: unknown;
}

export interface RecordHistory {
  created: string;
  updated: string;
  /** Content changes after the record was added. */
  revision: number;
  /** Oldest first. */
  changes: ChangeEntry[];
}

export interface RegistryHistory {
  /** Every change to every record, oldest first. */
  changes: ChangeEntry[];
  /** Histories of the records present at the last commit, by `<collection>/<id>`. */
  records: Map<string, RecordHistory>;
  head: string;
  headDate: string;
}

interface Tracked {
  collection: CollectionName;
  id: string;
  history: RecordHistory;
}

/**
 * Replays the git history of the data folder into per-record histories and a list of semantic
 * changes. Undefined when there is no usable history (no git, or a shallow clone, whose first
 * commit would claim that every record was added in it).
 */
export function readRegistryHistory(dataDir: string): RegistryHistory | undefined {
  const history = readDataHistory(dataDir);
  if (!history || history.shallow) return undefined;
  const blobs = readBlobs(
    dataDir,
    history.commits.flatMap((commit) =>
      commit.changes.flatMap((change) => [change.oldBlob, change.newBlob].filter((blob): blob is string => !!blob)),
    ),
  );
  const parse = (blob: string | undefined): unknown => {
    if (!blob) return undefined;
    try {
      return JSON.parse(blobs.get(blob) ?? "");
    } catch {
      return undefined;
    }
  };

  const live = new Map<string, Tracked>();
  const changes: ChangeEntry[] = [];
  for (const commit of history.commits) {
    for (const change of commit.changes) {
      const entry = replay(commit, change, live, parse);
      if (entry) changes.push(entry);
    }
  }
  const records = new Map<string, RecordHistory>();
  for (const tracked of live.values()) records.set(`${tracked.collection}/${tracked.id}`, tracked.history);
  const last = history.commits[history.commits.length - 1]!;
  return { changes, records, head: history.head, headDate: last.date };
}

function recordPath(path: string): { collection: CollectionName; id: string } | undefined {
  const match = /^([a-z]+)\/([^/]+)\.json$/.exec(path);
  return match && isCollectionName(match[1]!) ? { collection: match[1] as CollectionName, id: match[2]! } : undefined;
}

function replay(
  commit: Commit,
  change: FileChange,
  live: Map<string, Tracked>,
  parse: (blob: string | undefined) => unknown,
): ChangeEntry | undefined {
  const target = recordPath(change.path);
  const source = change.oldPath ? recordPath(change.oldPath) : target;
  if (!target || !source) return undefined;
  const entry = (kind: ChangeKind, fields: FieldChange[], record: unknown, formerId?: string): ChangeEntry => ({
    commit: commit.sha,
    date: commit.date,
    collection: target.collection,
    id: target.id,
    change: kind,
    ...(formerId ? { formerId } : {}),
    fields,
    record,
  });

  if (change.status === "A" || (change.status !== "D" && !live.has(change.oldPath ?? change.path))) {
    const history: RecordHistory = { created: commit.date, updated: commit.date, revision: 0, changes: [] };
    const added = entry("added", [], parse(change.newBlob));
    history.changes.push(added);
    live.set(change.path, { ...target, history });
    return added;
  }
  const tracked = live.get(change.oldPath ?? change.path)!;
  if (change.status === "D") {
    live.delete(change.path);
    const removed = entry("removed", [], parse(change.oldBlob));
    tracked.history.changes.push(removed);
    return removed;
  }
  const renamed = change.status === "R";
  const changed = changeBetween(
    { commit: commit.sha, date: commit.date, ...target, ...(renamed ? { formerId: source.id } : {}) },
    parse(change.oldBlob),
    parse(change.newBlob),
  );
  if (renamed) {
    live.delete(change.oldPath!);
    live.set(change.path, tracked);
    tracked.collection = target.collection;
    tracked.id = target.id;
  }
  if (!changed) return undefined;
  tracked.history.updated = commit.date;
  tracked.history.revision++;
  tracked.history.changes.push(changed);
  return changed;
}

/** Where and when a record changed, and its id before, for a rename. */
export interface ChangeAt {
  commit: string;
  date: string;
  collection: CollectionName;
  id: string;
  formerId?: string;
}

/**
 * What changed between two versions of a record, or undefined when nothing it says changed (only
 * its layout, or text written in a form the schema has since replaced by an equal one). A rename
 * is a change even when nothing else is; the id and former ids it moves are not fields changed.
 */
export function changeBetween(at: ChangeAt, before: unknown, after: unknown): ChangeEntry | undefined {
  const fields = diffRecords(before, after).filter(
    (field) => !(at.formerId && (field.pointer === "/id" || field.pointer === "/formerIds")),
  );
  if (!at.formerId && fields.length === 0) return undefined;
  const change: ChangeKind = at.formerId
    ? "renamed"
    : isWithdrawn(after) && !isWithdrawn(before)
      ? "withdrawn"
      : isWithdrawn(before) && !isWithdrawn(after)
        ? "restored"
        : "changed";
  return { ...at, change, fields, record: after };
}
