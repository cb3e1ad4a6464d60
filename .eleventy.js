// `npx @11ty/eleventy` (or `--serve`) builds the whole site from the output plan: the pages from
// the templates in site/, and the JSON API, feeds, calendars, schemas, sitemap, search index and
// manifest, byte for byte what `npm run build` publishes.
//
// `npm run build` goes through the same plan (scripts/plan/) with a writer of its own
// (scripts/writer/): Eleventy keeps every page it renders until its build ends, which measured
// 292 MB at 10,000 records and 1.04 GB at 50,000 here, beyond what 100,000 records may take. The
// writer renders the same templates one page at a time, checks every file, and puts the new site
// in place of the old one only when all of it passed.
import "tsx/esm";

export default async function (eleventyConfig) {
  // Loaded once tsx is registered: the plugins are TypeScript, like the templates.
  const { RegistryBuild } = await import("./scripts/eleventy/registry-build.ts");
  const { typescriptTemplates } = await import("./scripts/eleventy/typescript-templates.ts");
  const { registryPages } = await import("./scripts/eleventy/registry-pages.ts");
  const { registryDataFiles } = await import("./scripts/eleventy/registry-data-files.ts");
  const { registrySearchAndManifest } = await import("./scripts/eleventy/registry-search-and-manifest.ts");

  const build = new RegistryBuild();
  // Only the TypeScript templates: no other file in site/ is a page.
  eleventyConfig.setTemplateFormats(["11ty.ts"]);
  eleventyConfig.addPlugin(typescriptTemplates);
  eleventyConfig.addPlugin(registryPages, { build });
  eleventyConfig.addPlugin(registryDataFiles, { build });
  eleventyConfig.addPlugin(registrySearchAndManifest, { build });
  eleventyConfig.addPassthroughCopy({ "site/assets": "assets" });

  return { dir: { input: "site", output: "_site" } };
}
