import fs from "node:fs";
import path from "node:path";
import { isInside, type OutputTree } from "../output-tree.ts";
import type { CheckedPart, MadeFile } from "../../outputs/output.ts";
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

/** A JSON file and the response schema it must satisfy before the build is published. */
export interface CheckedDocument {
  sitePath: string;
  /** The response schema the OpenAPI document names for the file; none for a file checked only in parts (NDJSON). */
  schema?: string | undefined;
  document: unknown;
  /** Parts of a large document checked on their own, each against its own schema (see `CheckedPart`). */
  parts?: Iterable<CheckedPart> | undefined;
}

/**
 * Checks JSON files against their response schemas. A part that passed is remembered (by
 * identity, weakly, so that it goes with its document) and not checked again: a builder keeps one
 * checker for all its builds, so that a rebuild checks only the parts it made anew.
 */
export class ResponseChecker {
  private readonly passedParts = new Map<string, WeakSet<object>>();

  /** A made file against the response schema its plan names, if any, and its parts against theirs. */
  checkFile(file: { path: string; schema?: string | undefined }, made: MadeFile): string[] {
    if (!file.schema && !made.parts) return [];
    return this.check({ sitePath: file.path, schema: file.schema, document: made.document, parts: made.parts });
  }

  check(checked: CheckedDocument): string[] {
    const problems = checked.schema ? schemaProblems(checked.sitePath, "", checked.schema, checked.document) : [];
    for (const part of checked.parts ?? []) {
      let passed = this.passedParts.get(part.schema);
      if (passed?.has(part.document)) continue;
      const partProblems = schemaProblems(checked.sitePath, part.pointer, part.schema, part.document);
      if (partProblems.length === 0 && !part.once) {
        if (!passed) this.passedParts.set(part.schema, (passed = new WeakSet()));
        passed.add(part.document);
      }
      problems.push(...partProblems);
    }
    return problems;
  }
}

/**
 * Every file in the folder was written through the output tree (nothing stray, nothing
 * outside), and every file the tree recorded exists inside the folder.
 */
export function checkTree(output: OutputTree): string[] {
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
}
