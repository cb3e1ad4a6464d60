/** The part of Eleventy's configuration API the project's plugins use (Eleventy 3 ships no type declarations). */
export interface EleventyConfig {
  addExtension(extensions: string[], options: { key: string }): void;
  addTemplateFormats(formats: string): void;
  addGlobalData(name: string, value: unknown): void;
  addTemplate(virtualPath: string, content: unknown, data?: object): void;
  addPassthroughCopy(paths: Record<string, string>): void;
  addWatchTarget(target: string): void;
  on(event: "eleventy.before" | "eleventy.after", listener: (event: EleventyEvent) => unknown): void;
}

/** What Eleventy tells the listeners of its build events. */
export interface EleventyEvent {
  directories: { input: string; output: string };
}
