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
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isSymbolicLink())
          problems.push(`${path.relative(output.root, full)}: symbolic links are not published`);
        else if (entry.isDirectory()) walk(full);
        else onDisk.add(path.relative(output.root, full).split(path.sep).join("/"));
      }
    };
    walk(output.root);
    for (const sitePath of output.files.keys()) {
      if (!isInside(output.root, path.resolve(output.root, sitePath)))
        problems.push(`${sitePath}: outside the output folder`);
      if (!onDisk.has(sitePath)) problems.push(`${sitePath}: recorded but not written`);
    }
    for (const sitePath of onDisk) {
      if (!output.files.has(sitePath)) problems.push(`${sitePath}: written by nothing the build knows`);
    }
    return problems;
  },
};
