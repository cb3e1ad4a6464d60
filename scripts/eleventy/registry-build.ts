import { loadCatalog } from "../catalog/load-catalog.ts";
import { OutputCache } from "../outputs/output-cache.ts";
import { outputPlan, type OutputPlan } from "../plan/output-plan.ts";
import { resolveDataDir } from "../project-paths.ts";
import { readSiteConfig } from "../paths/site-config.ts";
import { formatFinding } from "../report/format-findings.ts";

/**
 * The output plan of the Eleventy build under way, shared by the project's Eleventy plugins.
 * Each build (the first, and each one `--serve` starts after an edit) validates the data folder
 * again and makes a new plan; data with errors stops the build with the findings, as
 * `npm run build` would print them, and Eleventy keeps serving the last good site.
 */
export class RegistryBuild {
  private plan: Promise<OutputPlan> | undefined;
  private templatesDir: string | undefined;

  constructor(readonly dataDir = resolveDataDir(undefined)) {}

  /**
   * Forgets the plan, so that the build about to start makes a new one from the data as it is
   * now, with the templates of Eleventy's input folder.
   */
  startBuild(templatesDir: string): void {
    this.plan = undefined;
    this.templatesDir = templatesDir;
  }

  current(): Promise<OutputPlan> {
    return (this.plan ??= this.makePlan());
  }

  private async makePlan(): Promise<OutputPlan> {
    const loaded = loadCatalog({ dataDir: this.dataDir });
    if (!loaded.ok) {
      throw new Error(
        `the data does not validate, so nothing was built:\n${loaded.findings.map(formatFinding).join("\n")}`,
      );
    }
    return outputPlan({
      site: readSiteConfig(),
      catalog: loaded.catalog,
      cache: new OutputCache(false),
      templatesDir: this.templatesDir,
    });
  }
}
