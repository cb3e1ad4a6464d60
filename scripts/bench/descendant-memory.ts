import fs from "node:fs";

/**
 * Samples the peak resident memory (VmHWM) of this process's child processes, such as the
 * Pagefind indexer and the SQLite writer, which `process.resourceUsage()` does not count. Linux only: elsewhere it
 * reports nothing. The peak is kept by the kernel, so a sample shortly before a child exits
 * still sees its highest value.
 */
export class DescendantMemory {
  private readonly peaks = new Map<number, number>();
  private readonly timer: NodeJS.Timeout | undefined;

  constructor(intervalMs = 25) {
    if (!fs.existsSync("/proc/self/task")) return;
    this.timer = setInterval(() => this.sample(process.pid), intervalMs);
    this.timer.unref();
  }

  /** Stops sampling; returns the largest peak of any one child, in bytes, if any child ran. */
  stop(): number | undefined {
    if (this.timer) {
      this.sample(process.pid);
      clearInterval(this.timer);
    }
    return this.peaks.size ? Math.max(...this.peaks.values()) : undefined;
  }

  private sample(pid: number): void {
    for (const child of childrenOf(pid)) {
      const peak = peakOf(child);
      if (peak !== undefined) this.peaks.set(child, Math.max(peak, this.peaks.get(child) ?? 0));
      this.sample(child);
    }
  }
}

function childrenOf(pid: number): number[] {
  try {
    return fs
      .readdirSync(`/proc/${pid}/task`)
      .flatMap((task) => fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").split(" "))
      .filter(Boolean)
      .map(Number);
  } catch {
    return []; // the process has just exited
  }
}

function peakOf(pid: number): number | undefined {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}
