// `npm run build` and `npm start` configure Eleventy themselves, from data they have validated.
// This file serves only to run Eleventy on its own, with the TypeScript loader:
//   NODE_OPTIONS="--import tsx" npx @11ty/eleventy --output=_site
import { configureEleventy } from "./scripts/pages/eleventy-plugin.ts";
import { currentPageSource } from "./scripts/pages/page-source.ts";

export default async function (eleventyConfig) {
  configureEleventy(eleventyConfig, await currentPageSource());
}
