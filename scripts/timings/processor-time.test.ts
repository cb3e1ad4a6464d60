import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { describeProcessorTime, processorTime, statTimes } from "./processor-time.ts";

/** Keeps this thread busy until it has used `seconds` of processor time. */
function burn(seconds: number): void {
  const start = process.cpuUsage();
  for (;;) {
    const used = process.cpuUsage(start);
    if ((used.user + used.system) / 1e6 >= seconds) return;
  }
}

describe("processor time", () => {
  it("reads the time fields after a command name with spaces and parentheses", () => {
    const stat = "4242 (node (tsx) x) R 1 4242 4242 0 -1 4194560 100 0 0 0 1234 56 78 9 20 0 11 0 123 456";
    expect(statTimes(stat)).toEqual({ utime: 1234, stime: 56, cutime: 78, cstime: 9 });
  });

  it.runIf(process.platform === "linux")("counts this thread's work, and that of child processes once they end", () => {
    const before = processorTime()!;
    burn(0.3);
    spawnSync(process.execPath, ["-e", "const s = process.cpuUsage(); while (process.cpuUsage(s).user < 400_000);"]);
    const after = processorTime()!;
    expect(after.mainThread - before.mainThread).toBeGreaterThanOrEqual(0.2);
    expect(after.process - before.process).toBeGreaterThanOrEqual(after.mainThread - before.mainThread - 0.02);
    expect(after.children - before.children).toBeGreaterThanOrEqual(0.2);
  });

  it("describes the time between two readings", () => {
    const before = { mainThread: 1, process: 2, children: 0 };
    const after = { mainThread: 15.4, process: 25.1, children: 12.6 };
    expect(describeProcessorTime(before, after)).toBe(
      "build's thread 14.4 s, whole process 23.1 s, child processes 12.6 s",
    );
  });
});
