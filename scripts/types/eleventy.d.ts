// Eleventy 3 ships no type declarations; this covers the programmatic API the build uses.
declare module "@11ty/eleventy" {
  interface EleventyOptions {
    /** false: load no configuration file. */
    configPath?: string | false;
    quietMode?: boolean;
    pathPrefix?: string;
    config?: (eleventyConfig: unknown) => void;
  }
  export const RenderPlugin: unknown;
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    toJSON(): Promise<unknown>;
  }
}
