/**
 * A scratch folder for the whole test run, where the end-to-end suites share the trees they
 * build (tests/publish/built-site.ts): each standard tree is built once per run rather than once
 * per test file, which was some forty builds.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    sharedTreesDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "registry-shared-trees-"));
  project.provide("sharedTreesDir", dir);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
