import type { EleventyConfig } from "./eleventy-config.ts";

/**
 * Page templates are JavaScript templates written in TypeScript (`site/**\/*.11ty.ts`), which
 * tsx loads (see `.eleventy.js`).
 */
export function typescriptTemplates(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.ts");
}
