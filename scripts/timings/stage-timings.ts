/** Milliseconds spent in each stage of a build, for `--timings` and the benchmark. */
export type Timings = Record<string, number>;

/** Adds the time since `started` to a stage's total: most stages are timed once per record or file. */
export function addTime(timings: Timings, stage: string, started: number): void {
  timings[stage] = (timings[stage] ?? 0) + performance.now() - started;
}

/** Runs work, adding its time to a stage's total. */
export function timed<T>(timings: Timings, stage: string, work: () => T): T {
  const started = performance.now();
  try {
    return work();
  } finally {
    addTime(timings, stage, started);
  }
}

/** Waits, adding the time waited to a stage's total. */
export async function timeWait<T>(timings: Timings, stage: string, wait: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await wait();
  } finally {
    addTime(timings, stage, started);
  }
}
