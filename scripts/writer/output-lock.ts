import fs from "node:fs";
import path from "node:path";
import lockfile from "proper-lockfile";

/** How long a build waits for another to finish with the same output folder before it gives up. */
const waitLimitMs = 10 * 60_000;

export interface LockOptions {
  /** Told once, when another build holds the lock and this one starts waiting. */
  onWait?: (() => void) | undefined;
}

/**
 * Takes the output folder for one build: two builds into one folder would each clear the other's
 * work. The lock is a folder beside the output folder (`.<name>.lock`), made atomically; its
 * holder touches it every few seconds, so that a lock left by a build that was killed is taken
 * over once it is stale (proper-lockfile). A second build waits for the first, saying so once.
 * Resolves to the function that releases the lock.
 */
export async function lockOutputFolder(outDir: string, options: LockOptions = {}): Promise<() => Promise<void>> {
  const target = path.resolve(outDir);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const lockOptions = {
    realpath: false,
    lockfilePath: path.join(path.dirname(target), `.${path.basename(target)}.lock`),
    stale: 10_000,
    update: 2_000,
    // A build whose lock was taken from it (it stopped touching it for longer than `stale`) stops.
    onCompromised: (error: Error) => {
      throw error;
    },
  };
  try {
    return await lockfile.lock(target, { ...lockOptions, retries: 0 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ELOCKED") throw error;
  }
  options.onWait?.();
  const retries = Math.ceil(waitLimitMs / 500);
  return lockfile.lock(target, { ...lockOptions, retries: { retries, factor: 1, minTimeout: 500, maxTimeout: 500 } });
}
