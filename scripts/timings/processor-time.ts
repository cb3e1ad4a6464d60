import fs from "node:fs";

/** Processor time used so far, in seconds, as Linux accounts it. */
export interface ProcessorTime {
  /** By this process's main thread alone: the build's own work. */
  mainThread: number;
  /** By every thread of this process: the main thread, the writer thread, the garbage collector's helpers. */
  process: number;
  /** By child processes that have ended (Pagefind's, one per search shard). */
  children: number;
}

// /proc reports times in USER_HZ, which Linux fixes at 100 per second for every program.
const ticksPerSecond = 100;

/**
 * Where the system keeps per-thread accounting (Linux), the processor time used so far;
 * elsewhere undefined. Comparing it with the wall-clock time shows whether a build waits, or
 * shares the processors with its own helpers.
 */
export function processorTime(): ProcessorTime | undefined {
  try {
    const mainThread = statTimes(fs.readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8"));
    const whole = statTimes(fs.readFileSync("/proc/self/stat", "utf8"));
    const usage = process.cpuUsage();
    return {
      mainThread: (mainThread.utime + mainThread.stime) / ticksPerSecond,
      process: (usage.user + usage.system) / 1e6,
      children: (whole.cutime + whole.cstime) / ticksPerSecond,
    };
  } catch {
    return undefined;
  }
}

/** The time fields of a `stat` file (proc(5)), read after the command name, which may hold spaces and parentheses. */
export function statTimes(text: string): { utime: number; stime: number; cutime: number; cstime: number } {
  const fields = text
    .slice(text.lastIndexOf(")") + 2)
    .split(" ")
    .map(Number);
  // Fields 14 to 17 of the file; the slice starts at field 3.
  return { utime: fields[11]!, stime: fields[12]!, cutime: fields[13]!, cstime: fields[14]! };
}

/** "build's thread 14.4 s, whole process 23.1 s, child processes 12.6 s", between two readings. */
export function describeProcessorTime(before: ProcessorTime, after: ProcessorTime): string {
  const seconds = (value: number) => `${value.toFixed(1)} s`;
  return [
    `build's thread ${seconds(after.mainThread - before.mainThread)}`,
    `whole process ${seconds(after.process - before.process)}`,
    `child processes ${seconds(after.children - before.children)}`,
  ].join(", ");
}
