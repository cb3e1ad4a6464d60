import os from "node:os";
import { defineConfig } from "vitest/config";

/**
 * Four projects, so that CI can run them as parallel jobs: `vitest run` runs them all, and
 * `vitest run --project <name>` runs one. The browser suites and the benchmark run take about a
 * minute each and would otherwise sit on the pull-request check's critical path. Lighthouse
 * measures how fast pages are, which a processor busy with other tests would slow: its project
 * runs in a later group (`groupOrder`), once every other test has finished.
 */
export const testProjects = {
  core: { include: ["scripts/**/*.test.ts", "tests/**/*.test.ts"], exclude: ["tests/browser/**", "scripts/bench/**"] },
  browser: { include: ["tests/browser/**/*.test.ts"], exclude: ["tests/browser/lighthouse.test.ts"] },
  benchmark: { include: ["scripts/bench/**/*.test.ts"], exclude: [] },
  lighthouse: { include: ["tests/browser/lighthouse.test.ts"], exclude: [], groupOrder: 1 },
} as const;

export default defineConfig({
  test: {
    globalSetup: ["tests/shared-trees.global-setup.ts"],
    // One test file per processor, not vitest's one fewer: most end-to-end files spend their time
    // waiting on other processes (Chromium, the Nu HTML Checker, Pagefind, the commands they run).
    maxWorkers: os.availableParallelism(),
    // End-to-end suites build whole sites; the default 5 s is for unit tests.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: Object.entries(testProjects).map(([name, project]) => ({
      extends: true,
      test: {
        name,
        include: [...project.include],
        exclude: [...project.exclude],
        sequence: { groupOrder: "groupOrder" in project ? project.groupOrder : 0 },
      },
    })),
  },
});
