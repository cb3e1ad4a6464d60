import path from "node:path";
import type { EleventyConfig } from "./eleventy-config.ts";
import type { RegistryBuild } from "./registry-build.ts";

/**
 * The global data the page templates read, from the build's output plan: `pages` (every item of
 * every list of pages, which the templates paginate over), `views`, `messages` and `site`. The
 * data folder is watched, so that `--serve` builds again after an edit.
 */
export function registryPages(eleventyConfig: EleventyConfig, { build }: { build: RegistryBuild }): void {
  eleventyConfig.on("eleventy.before", ({ directories }) => build.startBuild(path.resolve(directories.input)));
  const globals = async () => (await build.current()).pages.templateGlobals();
  eleventyConfig.addGlobalData("pages", async () => (await build.current()).pages.allItems());
  eleventyConfig.addGlobalData("views", async () => (await globals()).views);
  eleventyConfig.addGlobalData("messages", async () => (await globals()).messages);
  eleventyConfig.addGlobalData("site", async () => (await globals()).site);
  eleventyConfig.addWatchTarget(build.dataDir);
}
