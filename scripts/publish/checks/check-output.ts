import fs from "node:fs";
import path from "node:path";
import { isInside, type OutputTree } from "../output-tree.ts";
import { responseValidators } from "./response-validators.ts";

function schemaProblems(sitePath: string, pointer: string, schema: string, document: unknown): string[] {
  const validate = responseValidators().get(schema);
  if (!validate) return [`${sitePath}: no response schema "${schema}"`];
  if (validate(document)) return [];
  return (validate.errors ?? []).map(
    (error) =>
      `${sitePath}: ${pointer}${error.instancePath || (pointer ? "" : "/")} ${error.message ?? "fails its response schema"} (${schema})`,
  );
}

/** What a JSON output must satisfy before the build is published. */
export interface ResponseCheck {
  /** The response schema the OpenAPI document names for the file. */
  schema: string;
  document: unknown;
  /**
   * Parts of a large document that are checked on their own, against their own schema, instead
   * of as part of `document` (which then leaves them out): the records of `all.json`. A part
   * that passed once is not checked again, so a rebuild checks only the records it made anew.
   */
  parts?: Iterable<CheckedPart>;
}

export interface CheckedPart {
  /** Where the part sits in the whole document, for messages. */
  pointer: string;
  schema: string;
  /** Never changed once made: a part that passed is remembered by identity. */
  document: object;
  /** Made for this check alone (a manifest entry; a dump item a one-off build does not keep), so not remembered. */
  once?: boolean;
}

/** A JSON document and the response schema it must satisfy before the build is published. */
export interface CheckedDocument extends ResponseCheck {
  sitePath: string;
}

/** Parts that passed their schema, by schema: held weakly, so that they go with their documents. */
const passedParts = new Map<string, WeakSet<object>>();

/** Checks that run on the built output before it may replace the published site. */
export const checkOutput = {
  /** A JSON document against the response schema the OpenAPI document names for it. */
  responseSchema(checked: CheckedDocument): string[] {
    const problems = schemaProblems(checked.sitePath, "", checked.schema, checked.document);
    for (const part of checked.parts ?? []) {
      let passed = passedParts.get(part.schema);
      if (passed?.has(part.document)) continue;
      const partProblems = schemaProblems(checked.sitePath, part.pointer, part.schema, part.document);
      if (partProblems.length === 0 && !part.once) {
        if (!passed) passedParts.set(part.schema, (passed = new WeakSet()));
        passed.add(part.document);
      }
      problems.push(...partProblems);
    }
    return problems;
  },

  /**
   * Every file in the folder was written through the output tree (nothing stray, nothing
   * outside), and every file the tree recorded exists inside the folder.
   */
  tree(output: OutputTree): string[] {
    const problems: string[] = [];
    // Each file found is looked up as it is found, rather than first collected into a set of half
    // a million paths: only when some recorded file was not found are the two sides compared again.
    let found = 0;
    const walk = (
      dir: string,
      prefix: string,
      onFile: (sitePath: string) => void,
      onLink?: (sitePath: string) => void,
    ) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        // Site paths are built up while walking, as `path.relative` for each of half a million files takes seconds.
        const sitePath = `${prefix}${entry.name}`;
        if (entry.isSymbolicLink()) onLink?.(sitePath);
        else if (entry.isDirectory()) walk(path.join(dir, entry.name), `${sitePath}/`, onFile, onLink);
        else onFile(sitePath);
      }
    };
    walk(
      output.root,
      "",
      (sitePath) => {
        if (output.files.has(sitePath)) found++;
        else problems.push(`${sitePath}: written by nothing the build knows`);
      },
      (sitePath) => problems.push(`${sitePath}: symbolic links are not published`),
    );
    if (found === output.files.size) return problems;
    const onDisk = new Set<string>();
    walk(output.root, "", (sitePath) => onDisk.add(sitePath));
    for (const sitePath of output.files.keys()) {
      if (!onDisk.has(sitePath)) {
        // A path that names no file in the folder: either it leaves the folder, or it was never written.
        problems.push(
          isInside(output.root, path.resolve(output.root, sitePath))
            ? `${sitePath}: recorded but not written`
            : `${sitePath}: outside the output folder`,
        );
      }
    }
    return problems;
  },
};
