import { execFileSync } from "node:child_process";
import { UsageError } from "../command-line.ts";
import path from "node:path";
import { displayPath } from "../project-paths.ts";
import { isCollectionName, type CollectionName } from "../records/collections.ts";

/** What a data folder held at an earlier revision, as far as record identity goes. */
export interface Baseline {
  revision: string;
  /** Record files that existed then and do not now; `file`s are display paths. */
  deleted: { collection: CollectionName; id: string; file: string }[];
  /** Record files git sees as renamed since. */
  renamed: { collection: CollectionName; from: string; to: string; file: string }[];
  /** Former ids that records of files changed since held then. */
  formerIds: { collection: CollectionName; id: string; formerId: string; file: string }[];
}

/**
 * Compares the data folder with an earlier revision (a pull request's base) through git: which
 * record files were deleted or renamed, and which former ids the changed files used to hold.
 */
export function readBaseline(dataDir: string, revision: string): Baseline {
  const git = (...args: string[]) =>
    execFileSync("git", args, {
      cwd: dataDir,
      encoding: "utf8",
      maxBuffer: 1 << 30,
      stdio: ["ignore", "pipe", "pipe"],
    });
  try {
    git("rev-parse", "--verify", "--quiet", `${revision}^{commit}`);
  } catch {
    throw new UsageError(`unknown base revision "${revision}": fetch it first (in CI, check out with fetch-depth: 0)`);
  }
  const baseline: Baseline = { revision, deleted: [], renamed: [], formerIds: [] };
  const prefix = git("rev-parse", "--show-prefix").trim();
  const shown = (file: string) => displayPath(path.join(dataDir, file));
  for (const line of git("diff", "--name-status", "-M", "--relative", revision, "--", ".")
    .split("\n")
    .filter(Boolean)) {
    const [status, first, second] = line.split("\t") as [string, string, string | undefined];
    const before = recordPath(first);
    const after = second ? recordPath(second) : before;
    if (!before) continue;
    if (status.startsWith("D")) baseline.deleted.push({ ...before, file: shown(first) });
    if (status.startsWith("R") && after)
      baseline.renamed.push({ collection: before.collection, from: before.id, to: after.id, file: shown(second!) });
    if (status.startsWith("M") || status.startsWith("R") || status.startsWith("D")) {
      let formerIds: unknown;
      try {
        formerIds = (JSON.parse(git("show", `${revision}:${prefix}${first}`)) as { formerIds?: unknown }).formerIds;
      } catch {
        continue;
      }
      if (!Array.isArray(formerIds)) continue;
      for (const formerId of formerIds) {
        if (typeof formerId === "string")
          baseline.formerIds.push({ ...before, formerId, file: shown(second ?? first) });
      }
    }
  }
  return baseline;
}

function recordPath(file: string): { collection: CollectionName; id: string } | undefined {
  const match = /^([a-z]+)\/([^/]+)\.json$/.exec(file);
  return match && isCollectionName(match[1]!) ? { collection: match[1] as CollectionName, id: match[2]! } : undefined;
}
