import fs from "node:fs";
import { UsageError } from "../command-line.ts";

/**
 * Disk use per record, from `du` at 10,000 records with a margin: 378 MB for a built tree
 * (250 MB of bytes in 51,759 files, each rounded up to whole blocks) and 40 MB for the data.
 */
const treeBytesPerRecord = 40 * 1024;
const dataBytesPerRecord = 4 * 1024;

/**
 * What a benchmark holds in its work folder at its fullest: the data, a copy of it for the
 * rebuilds and one for the verifying builds, the reference build and one stage's output, and,
 * when verifying, the three cold builds each rebuild is compared with.
 */
export function spaceNeeded(records: number, verify: boolean): number {
  const trees = verify ? 5 : 2;
  return records * (trees * treeBytesPerRecord + 3 * dataBytesPerRecord);
}

export type FreeSpace = (folder: string) => number;

const freeSpaceOnDisk: FreeSpace = (folder) => {
  const stats = fs.statfsSync(folder);
  return stats.bavail * stats.bsize;
};

/**
 * Refuses to start a benchmark that would fill its folder's file system halfway through (at
 * 100,000 records it needs about 20 GB), naming what it needs and what is free.
 */
export function checkWorkSpace(folder: string, records: number, verify: boolean, freeSpace = freeSpaceOnDisk): void {
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    throw new UsageError(`work folder not found: ${folder}`);
  }
  const needed = spaceNeeded(records, verify);
  const free = freeSpace(folder);
  if (free >= needed) return;
  const skipVerify = verify ? `, or add --skip-verify (about ${gigabytes(spaceNeeded(records, false))})` : "";
  throw new UsageError(
    `a benchmark of ${records.toLocaleString("en")} records needs about ${gigabytes(needed)} in ${folder}, ` +
      `and ${gigabytes(free)} is free there: choose a folder with more room with --work DIR${skipVerify}`,
  );
}

function gigabytes(bytes: number): string {
  return `${(bytes / 1e9).toFixed(1)} GB`;
}
