import { execFileSync, spawnSync } from "node:child_process";

/** One file a commit touched under the data folder, as `git log --raw` reports it. */
export interface FileChange {
  status: "A" | "M" | "D" | "R";
  /** Path relative to the data folder, such as `events/x.json`. */
  path: string;
  /** For a rename, the path before it. */
  oldPath?: string;
  oldBlob?: string;
  newBlob?: string;
}

export interface Commit {
  sha: string;
  /** Commit date, UTC, ISO 8601 without milliseconds. */
  date: string;
  subject: string;
  changes: FileChange[];
}

export interface DataHistory {
  /** Oldest first. */
  commits: Commit[];
  /** The checkout is shallow: commits before its cut-off are missing. */
  shallow: boolean;
  /** The commit the checkout is at. */
  head: string;
}

const zeroBlob = /^0+$/;

/**
 * Every commit that touched the data folder, oldest first, with the blobs before and after
 * each change, in one `git log` run (renames followed). Undefined outside a git checkout.
 */
export function readDataHistory(dataDir: string): DataHistory | undefined {
  let log: string;
  try {
    log = execFileSync(
      "git",
      [
        "log",
        "--reverse",
        "--raw",
        "--no-abbrev",
        "-M",
        "--relative",
        "--no-color",
        "--format=%x1e%H%x00%cI%x00%s",
        "--",
        ".",
      ],
      { cwd: dataDir, encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "ignore"] },
    );
  } catch {
    return undefined;
  }
  const commits: Commit[] = [];
  for (const block of log.split("\u001e").slice(1)) {
    const [header, ...lines] = block.split("\n");
    const [sha, date, subject] = header!.split("\u0000") as [string, string, string];
    const changes: FileChange[] = [];
    for (const line of lines) {
      if (!line.startsWith(":")) continue;
      const [meta, ...paths] = line.split("\t");
      const [, , oldBlob, newBlob, status] = meta!.split(" ") as [string, string, string, string, string];
      const kind = status[0] as FileChange["status"];
      if (!"AMDR".includes(kind)) continue;
      const change: FileChange = { status: kind, path: paths[paths.length - 1]! };
      if (kind === "R") change.oldPath = paths[0]!;
      if (!zeroBlob.test(oldBlob)) change.oldBlob = oldBlob;
      if (!zeroBlob.test(newBlob)) change.newBlob = newBlob;
      changes.push(change);
    }
    commits.push({ sha, date: utc(date), subject, changes });
  }
  if (commits.length === 0) return undefined;
  const shallow = git(dataDir, "rev-parse", "--is-shallow-repository") === "true";
  return { commits, shallow, head: git(dataDir, "rev-parse", "HEAD") };
}

/** Contents of many blobs in one `git cat-file --batch` run. */
export function readBlobs(dataDir: string, blobs: Iterable<string>): Map<string, string> {
  const wanted = [...new Set(blobs)];
  const contents = new Map<string, string>();
  if (wanted.length === 0) return contents;
  const result = spawnSync("git", ["cat-file", "--batch"], {
    cwd: dataDir,
    input: `${wanted.join("\n")}\n`,
    maxBuffer: 2 ** 31,
  });
  const output = result.stdout;
  let offset = 0;
  while (offset < output.length) {
    const headerEnd = output.indexOf(0x0a, offset);
    const [sha, type, size] = output.subarray(offset, headerEnd).toString("utf8").split(" ");
    if (type !== "blob") {
      offset = headerEnd + 1;
      continue;
    }
    const start = headerEnd + 1;
    const end = start + Number(size);
    contents.set(sha!, output.subarray(start, end).toString("utf8"));
    offset = end + 1;
  }
  return contents;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
}

function utc(date: string): string {
  return new Date(date).toISOString().replace(/\.\d{3}Z$/, "Z");
}
