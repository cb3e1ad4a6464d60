import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { contentPieces } from "../outputs/output.ts";
import type { OutputPlan } from "../plan/output-plan.ts";
import { collectionNames } from "../records/collections.ts";
import { ResponseChecker } from "../writer/checks/output-checks.ts";
import { OutputFiles } from "../writer/output-files.ts";
import { OutputWriter } from "../writer/output-writer.ts";
import type { EleventyConfig } from "./eleventy-config.ts";
import type { RegistryBuild } from "./registry-build.ts";

/**
 * What comes after Eleventy has written the pages and data files: the search index (Pagefind,
 * from the catalog, as in `npm run build`), then the manifest of every file of the plan, with the
 * size and hash of each as written.
 */
export function registrySearchAndManifest(eleventyConfig: EleventyConfig, { build }: { build: RegistryBuild }): void {
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    const plan = await build.current();
    const outDir = path.resolve(directories.output);
    const searchFiles = await writeSearchIndex(plan, outDir);
    await writeManifest(plan, outDir, [...plannedPaths(plan), ...searchFiles]);
  });
}

async function writeSearchIndex(plan: OutputPlan, outDir: string): Promise<string[]> {
  const written: string[] = [];
  const documents = new OutputWriter(() => {});
  try {
    await plan.searchIndex({
      documents,
      write: (file) => {
        writeFile(outDir, file.sitePath, file.bytes);
        written.push(file.sitePath);
      },
    });
  } finally {
    await documents.stop();
  }
  return written;
}

/** The manifest of the given files, as they are on disk, checked as `npm run build` checks it. */
async function writeManifest(plan: OutputPlan, outDir: string, sitePaths: readonly string[]): Promise<void> {
  const files = new OutputFiles();
  for (const sitePath of sitePaths) {
    const bytes = fs.readFileSync(path.join(outDir, sitePath));
    files.set(sitePath, { size: bytes.byteLength, sha256: createHash("sha256").update(bytes).digest("hex") });
  }
  const manifest = plan.manifest(files);
  const made = await manifest.make();
  const problems = new ResponseChecker().checkFile(manifest, made);
  if (problems.length) throw new Error(`the manifest failed its checks:\n${problems.join("\n")}`);
  writeFile(outDir, manifest.path, Buffer.concat([...contentPieces(made.content)].map((piece) => Buffer.from(piece))));
}

/** The path of every file the plan declares: each record's, then the site's. */
function* plannedPaths(plan: OutputPlan): Generator<string> {
  for (const collection of collectionNames)
    for (const entry of plan.context.catalog[collection].values())
      for (const file of plan.recordFiles(entry)) yield file.path;
  for (const file of plan.siteFiles()) yield file.path;
}

function writeFile(outDir: string, sitePath: string, bytes: Uint8Array): void {
  const target = path.join(outDir, sitePath);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, bytes);
}
