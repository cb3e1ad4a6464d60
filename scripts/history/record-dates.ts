import { execFileSync } from "node:child_process";
import type { CollectionName } from "../records/collections.ts";
import { readRegistryHistory, type ChangeEntry } from "./registry-history.ts";

/** When a record was first added and last changed, from the history of its file. */
export interface RecordDates {
  created: string;
  updated: string;
  /** How many times the record changed after it was added: an iCalendar SEQUENCE. */
  revision?: number;
}

/** What the build knows of the data's past: record dates, changes, and how it found them out. */
export interface HistorySource {
  datesOf(collection: CollectionName, id: string): RecordDates;
  /** Every change, oldest first; empty when there is no usable history. */
  changes: readonly ChangeEntry[];
  /** Changes of one record (by its id at the last commit), oldest first. */
  changesOf(collection: CollectionName, id: string): readonly ChangeEntry[];
  /** Whether `changes` is the full history. */
  complete: boolean;
  /** The commit the data was built from, when known. */
  dataCommit?: string;
  /** How the dates were found, said once in the build's output. */
  description: string;
}

/**
 * Dates and changes from the git history of the data folder. Outside a git checkout, or in a
 * shallow clone, every record is dated by one rule instead: SOURCE_DATE_EPOCH if set, else the
 * last commit's date, else the Unix epoch. The wall clock is never used.
 */
export function readHistorySource(dataDir: string): HistorySource {
  const history = readRegistryHistory(dataDir);
  if (history) {
    const fallback = { created: history.headDate, updated: history.headDate };
    return {
      datesOf: (collection, id) => {
        const record = history.records.get(`${collection}/${id}`);
        return record ? { created: record.created, updated: record.updated, revision: record.revision } : fallback;
      },
      changes: history.changes,
      changesOf: (collection, id) => history.records.get(`${collection}/${id}`)?.changes ?? [],
      complete: true,
      dataCommit: history.head,
      description: `record dates and ${history.changes.length} changes from git history`,
    };
  }
  const headDate = lastCommitDate(dataDir);
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const date = epoch && Number.isFinite(Number(epoch)) ? iso(Number(epoch) * 1000) : (headDate ?? iso(0));
  const origin = epoch ? "SOURCE_DATE_EPOCH" : headDate ? "the last commit" : "the Unix epoch";
  const reason = headDate
    ? "the git history is shallow (fetch it in full for record dates)"
    : `${dataDir} has no git history`;
  return {
    datesOf: () => ({ created: date, updated: date }),
    changes: [],
    changesOf: () => [],
    complete: false,
    description: `${reason}: every record is dated ${date}, from ${origin}, and no changes are listed`,
  };
}

function lastCommitDate(dataDir: string): string | undefined {
  try {
    const date = execFileSync("git", ["log", "-1", "--format=%cI"], {
      cwd: dataDir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    return date ? iso(Date.parse(date)) : undefined;
  } catch {
    return undefined;
  }
}

function iso(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, "Z");
}
