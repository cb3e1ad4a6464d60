import { execFileSync } from "node:child_process";
import path from "node:path";
import type { DatesOf, RecordDates } from "../catalog/catalog.ts";
import type { CollectionName } from "../records/collections.ts";

export interface RecordDatesSource {
  datesOf: DatesOf;
  /** How the dates were found, said once in the build's output. */
  description: string;
}

/**
 * Record dates from the git history of `dataDir`: the first and the last commit that touched
 * each file. Outside a git checkout the dates fall back to SOURCE_DATE_EPOCH, or to the Unix
 * epoch, so that output never depends on the wall clock.
 */
export function readRecordDates(dataDir: string): RecordDatesSource {
  const fallback = fallbackDate();
  const history = gitFileDates(dataDir);
  if (!history) {
    return {
      datesOf: () => ({ created: fallback, updated: fallback }),
      description: `no git history for ${dataDir}: every record dated ${fallback} (from ${process.env.SOURCE_DATE_EPOCH ? "SOURCE_DATE_EPOCH" : "the Unix epoch"})`,
    };
  }
  return {
    datesOf: (collection: CollectionName, id: string): RecordDates =>
      history.get(`${collection}/${id}.json`) ?? { created: fallback, updated: fallback },
    description: `record dates from git history (${history.size} files)`,
  };
}

function fallbackDate(): string {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH ?? 0);
  return new Date((Number.isFinite(epoch) ? epoch : 0) * 1000).toISOString().replace(".000Z", "Z");
}

/** Paths relative to the data folder, mapped to their first and last commit dates. */
function gitFileDates(dataDir: string): Map<string, RecordDates> | undefined {
  let log: string;
  try {
    log = execFileSync("git", ["log", "--format=%x00%cI", "--name-only", "--no-renames", "--", "."], {
      cwd: dataDir,
      encoding: "utf8",
      maxBuffer: 1 << 30,
      stdio: ["ignore", "pipe", "ignore"],
    });
  } catch {
    return undefined;
  }
  const prefix = execFileSync("git", ["rev-parse", "--show-prefix"], { cwd: dataDir, encoding: "utf8" }).trim();
  const dates = new Map<string, RecordDates>();
  // Newest commit first: the first date seen is `updated`, the last one `created`.
  for (const block of log.split("\u0000").slice(1)) {
    const [dateLine, ...files] = block.split("\n");
    const date = new Date(dateLine!.trim()).toISOString().replace(".000Z", "Z");
    for (const file of files) {
      if (!file || !file.startsWith(prefix)) continue;
      const relative = path.posix.relative(prefix.replace(/\/$/, ""), file);
      const known = dates.get(relative);
      if (known) known.created = date;
      else dates.set(relative, { created: date, updated: date });
    }
  }
  return dates.size ? dates : undefined;
}
