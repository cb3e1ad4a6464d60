import type { OutputPlan } from "../plan/output-plan.ts";
import type { PlannedFile } from "../plan/planned-file.ts";
import { sitePaths } from "../paths/site-paths.ts";
import type { ResponseChecker } from "./checks/output-checks.ts";
import type { OutputTree } from "./output-tree.ts";
import { OutputWriter } from "./output-writer.ts";

/**
 * Indexes the given bundles of the search index again (all when not given) into the tree, and
 * removes the files those bundles no longer hold.
 */
export async function refreshSearchIndex(
  plan: OutputPlan,
  tree: OutputTree,
  stale: ReadonlySet<string> | undefined,
): Promise<void> {
  const fresh = new Set<string>();
  const documents = new OutputWriter(() => {});
  try {
    const built = await plan.searchIndex({
      only: stale,
      documents,
      write: (file) => {
        fresh.add(file.sitePath);
        tree.write(file.sitePath, file.bytes);
      },
    });
    const replaced = stale ? built : [sitePaths.searchIndex];
    for (const sitePath of [...tree.files.keys()]) {
      if (replaced.some((bundle) => sitePath.startsWith(bundle)) && !fresh.has(sitePath)) tree.remove(sitePath);
    }
  } finally {
    await documents.stop();
  }
}

/**
 * Makes the slow files a rebuild left for the background (see `PlannedFile.slow`), checks them
 * and writes those whose bytes changed; throws what a check found.
 */
export async function writeSlowFiles(
  files: readonly PlannedFile[],
  tree: OutputTree,
  checker: ResponseChecker,
): Promise<void> {
  for (const file of files) {
    const made = await file.make();
    const problems = checker.checkFile(file, made);
    if (problems.length) throw new Error(`${file.path} failed its checks:\n${problems.join("\n")}`);
    tree.write(file.path, made.content);
  }
}

/** Writes the manifest of the tree's files, last of all, and returns what its check found. */
export async function writeManifest(plan: OutputPlan, tree: OutputTree, checker: ResponseChecker): Promise<string[]> {
  const file = plan.manifest(tree.files);
  const made = await file.make();
  const problems = checker.checkFile(file, made);
  tree.write(file.path, made.content);
  return problems;
}
