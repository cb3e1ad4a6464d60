import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["scripts/**/*.test.ts", "tests/**/*.test.ts"],
    setupFiles: ["tests/typescript-loader.ts"],
    // End-to-end suites build whole sites; the default 5 s is for unit tests.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
