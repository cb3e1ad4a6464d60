// Eleventy renders the human pages from the validated catalog. Run it through `npm run build`
// or `npm start`: they validate the data, build the catalog and hand it to the plugin.
import { registryPlugin } from "./scripts/pages/eleventy-plugin.ts";
import { currentPageSource } from "./scripts/pages/page-source.ts";

export default async function (eleventyConfig) {
  eleventyConfig.addPlugin(registryPlugin, await currentPageSource());
  return {
    // The output folder is not set here: the build renders into a fresh staging folder.
    dir: { input: "site", includes: "_includes" },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
  };
}
