import { jsonText, type MadeFile, type OutputContent } from "../outputs/output.ts";

/**
 * One published file, as the plan declares it: where it goes, what kind of file it is, the
 * response schema that checks it, and how its content is made. Nothing is made until the file is
 * written, so that a plan of half a million files costs little more than their paths.
 */
export interface PlannedFile {
  /** Its path below the site root, without a leading `/`. */
  path: string;
  /** A page rendered from a template, a data file (API, feed, calendar, dump…), or a file copied as it is. */
  kind: "page" | "data" | "asset";
  /** The response schema its JSON must satisfy, for a file the API describes. */
  schema?: string;
  /**
   * Made slowly, in a process of its own (the SQLite database), and read by no other file: a
   * cold build starts it before any other file and makes the others meanwhile; a rebuild makes it
   * after them, in the background, as it does the search index.
   */
  slow?: true;
  make(): MadeFile | Promise<MadeFile>;
}

/** A file whose content is text, bytes or pieces, checked by no schema. */
export function dataFile(path: string, content: () => OutputContent): PlannedFile {
  return { path, kind: "data", make: () => ({ content: content() }) };
}

/** A data file made slowly, in a process of its own (see `PlannedFile.slow`), checked by no schema. */
export function slowDataFile(path: string, content: () => Promise<OutputContent>): PlannedFile {
  return { path, kind: "data", slow: true, make: async () => ({ content: await content() }) };
}

/** A file of JSON lines, each checked against its response schema (see `MadeFile.parts`). */
export function linesFile(path: string, make: () => MadeFile): PlannedFile {
  return { path, kind: "data", make };
}

/** A JSON document, checked against its response schema when it has one. */
export function jsonFile(
  path: string,
  schema: string | undefined,
  document: () => unknown,
  layout: "compact" | "pretty" = "compact",
): PlannedFile {
  return {
    path,
    kind: "data",
    ...(schema ? { schema } : {}),
    make() {
      const made = document();
      return { content: jsonText(made, layout), document: made };
    },
  };
}

/** A JSON document made in pieces, whose parts are checked one by one (a dump, a list of every record). */
export function streamedJsonFile(path: string, schema: string, make: () => MadeFile): PlannedFile {
  return { path, kind: "data", schema, make };
}

/** Makes a value once, for files that share their content (a feed published at a record's every address). */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
