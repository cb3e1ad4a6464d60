import { collectionNames } from "../records/collections.ts";
import { contentPieces, type OutputPiece } from "../outputs/output.ts";
import type { OutputPlan } from "../plan/output-plan.ts";
import type { PlannedFile } from "../plan/planned-file.ts";
import { ResponseChecker } from "../writer/checks/output-checks.ts";
import type { EleventyConfig } from "./eleventy-config.ts";
import type { RegistryBuild } from "./registry-build.ts";

/**
 * The plan's data files (JSON API, dumps, feeds, calendars, schemas, sitemap) as one virtual
 * template that makes a file per item, each checked against its response schema as
 * `npm run build` checks it. A file that fails its check stops the build, naming the problem.
 */
export function registryDataFiles(eleventyConfig: EleventyConfig, { build }: { build: RegistryBuild }): void {
  eleventyConfig.addGlobalData("registryDataFiles", async () => dataFiles(await build.current()));
  const checker = new ResponseChecker();
  eleventyConfig.addTemplate("registry-data-files.11ty.ts", {
    data: {
      pagination: { data: "registryDataFiles", size: 1, alias: "file" },
      permalink: (data: { file: PlannedFile }) => data.file.path,
      eleventyExcludeFromCollections: true,
    },
    async render(data: { file: PlannedFile }) {
      const { file } = data;
      const made = await file.make();
      const problems = checker.checkFile(file, made);
      if (problems.length) throw new Error(`the built output failed its checks:\n${problems.join("\n")}`);
      return bytes(contentPieces(made.content));
    },
  });
}

/** Every data file of the plan: those of each record, then those of the site. */
function dataFiles(plan: OutputPlan): PlannedFile[] {
  const files: PlannedFile[] = [];
  for (const collection of collectionNames)
    for (const entry of plan.context.catalog[collection].values())
      files.push(...plan.recordFiles(entry).filter((file) => file.kind === "data"));
  for (const file of plan.siteFiles()) if (file.kind === "data") files.push(file);
  return files;
}

/**
 * The pieces of a file as its bytes. Eleventy writes a Buffer that a template renders as it is:
 * not every data file is text (the SQLite database is not).
 */
function bytes(pieces: Iterable<OutputPiece>): Buffer {
  return Buffer.concat([...pieces].map((piece) => (typeof piece === "string" ? Buffer.from(piece) : piece)));
}
