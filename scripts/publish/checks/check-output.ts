import fs from "node:fs";
import path from "node:path";
import { isInside, type OutputTree } from "../output-tree.ts";
import { responseValidators } from "./response-validators.ts";

/** A JSON document and the response schema it must satisfy before the build is published. */
export interface CheckedDocument {
  sitePath: string;
  schema: string;
  document: unknown;
}

/** Checks that run on the built output before it may replace the published site. */
export const checkOutput = {
  /** A JSON document against the response schema the OpenAPI document names for it. */
  responseSchema(document: CheckedDocument): string[] {
    const validate = responseValidators().get(document.schema);
    if (!validate) return [`${document.sitePath}: no response schema "${document.schema}"`];
    if (validate(document.document)) return [];
    return (validate.errors ?? []).map(
      (error) =>
        `${document.sitePath}: ${error.instancePath || "/"} ${error.message ?? "fails its response schema"} (${document.schema})`,
    );
  },

  /**
   * Every file in the folder was written through the output tree (nothing stray, nothing
   * outside), and every file the tree recorded exists inside the folder.
   */
  tree(output: OutputTree): string[] {
    const problems: string[] = [];
    const onDisk = new Set<string>();
    // Site paths are built up while walking, as `path.relative` for each of half a million files takes seconds.
    const walk = (dir: string, prefix: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const sitePath = `${prefix}${entry.name}`;
        if (entry.isSymbolicLink()) problems.push(`${sitePath}: symbolic links are not published`);
        else if (entry.isDirectory()) walk(path.join(dir, entry.name), `${sitePath}/`);
        else onDisk.add(sitePath);
      }
    };
    walk(output.root, "");
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
    for (const sitePath of onDisk) {
      if (!output.files.has(sitePath)) problems.push(`${sitePath}: written by nothing the build knows`);
    }
    return problems;
  },
};
