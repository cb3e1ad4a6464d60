/**
 * The self-contained OpenAPI document (`api/v1/openapi.bundle.json`) says what the published one
 * says: its schemas are copies of the published schemas that accept and refuse the same documents,
 * and its examples are the files the build published.
 */
import fs from "node:fs";
import path from "node:path";
import type { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project-paths.ts";
import { collectionNames } from "../../scripts/records/collections.ts";
import { createAjv } from "../../scripts/validation/compile-schemas.ts";
import { listFiles, readTreeFile, standardTrees, useBuiltTrees, type BuiltTree } from "./built-site.ts";

const built = useBuiltTrees(standardTrees);
const cases = standardTrees.map((spec) => [spec.name, spec] as const);

interface Bundle {
  paths: Record<string, { get: { responses: { "200": { content: Record<string, MediaType> } } } }>;
  components: { schemas: Record<string, object> };
}

interface MediaType {
  examples?: Record<string, { description?: string; value: Record<string, unknown> }>;
}

const bundleOf = (tree: BuiltTree) => JSON.parse(readTreeFile(tree, "api/v1/openapi.bundle.json")) as Bundle;

/** The component the bundle names after a schema file: `event-document` → `EventDocument`. */
const componentName = (schemaName: string) =>
  schemaName.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase());

/**
 * Two validators with the project's formats and keywords: one with the published schemas of a
 * tree, and one with the bundle's components, each checking against `<component>` or `<file>`.
 */
function validators(tree: BuiltTree) {
  const published = createAjv();
  for (const file of listFiles(tree.dir).filter((candidate) => candidate.startsWith("schemas/")))
    published.addSchema(JSON.parse(readTreeFile(tree, file)) as object);
  const bundled = createAjv();
  // The components as a schema resource of their own, so that their `#/components/schemas/…` references resolve.
  bundled.addKeyword({ keyword: "components" });
  const bundleId = "https://bundle.invalid/openapi.json";
  bundled.addSchema({ $id: bundleId, components: bundleOf(tree).components });
  const check = (ajv: Ajv2020, ref: string, document: unknown) => {
    const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
    return validate(document);
  };
  return {
    published: (schemaFile: string, document: unknown) => check(published, `${tree.baseUrl}${schemaFile}`, document),
    bundled: (component: string, document: unknown) =>
      check(bundled, `${bundleId}#/components/schemas/${component}`, document),
  };
}

describe("the OpenAPI bundle", () => {
  it.each(cases)("%s: refers to nothing outside itself", (_, spec) => {
    const bundle = JSON.parse(readTreeFile(built.get(spec), "api/v1/openapi.bundle.json")) as object;
    const refs = stringsOfKey(bundle, "$ref");
    expect(refs.length).toBeGreaterThan(50);
    expect(refs.filter((ref) => !ref.startsWith("#/components/"))).toEqual([]);
  });

  it.each(cases)("%s: its schemas accept every API document, as the published schemas do", (_, spec) => {
    const tree = built.get(spec);
    const { published, bundled } = validators(tree);
    const schemaPrefix = `${tree.baseUrl}schemas/api/`;
    let checked = 0;
    for (const file of listFiles(tree.dir).filter((name) => name.startsWith("api/v1/") && name.endsWith(".json"))) {
      const document = JSON.parse(readTreeFile(tree, file)) as { $schema?: string };
      if (!document.$schema?.startsWith(schemaPrefix)) continue;
      const name = document.$schema.slice(schemaPrefix.length, -".schema.json".length);
      expect(published(`schemas/api/${name}.schema.json`, document), file).toBe(true);
      expect(bundled(componentName(name), document), file).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("its record schemas accept and refuse each record fixture as the published ones do", () => {
    const tree = built.get(standardTrees[0]!);
    const { published, bundled } = validators(tree);
    const verdicts = { same: 0, refused: 0 };
    for (const kind of ["valid", "invalid"]) {
      for (const collection of collectionNames) {
        const folder = path.join(projectRoot, "tests/fixtures", kind, collection);
        for (const name of fs.readdirSync(folder).filter((file) => file.endsWith(".json"))) {
          let record: unknown;
          try {
            record = JSON.parse(fs.readFileSync(path.join(folder, name), "utf8"));
          } catch {
            continue; // A fixture of a file that is not JSON at all.
          }
          const type = { organizations: "organization", events: "event", sources: "source" }[collection];
          const verdict = published(`schemas/${type}.schema.json`, record);
          expect(bundled(componentName(type), record), `${kind}/${collection}/${name}`).toBe(verdict);
          verdicts.same++;
          if (!verdict) verdicts.refused++;
        }
      }
    }
    expect(verdicts.refused).toBeGreaterThan(10);
    expect(verdicts.same).toBeGreaterThan(verdicts.refused + 5);
  });

  it.each(cases)("%s: its examples are the published files, their lists cut to the first item", (_, spec) => {
    const tree = built.get(spec);
    let compared = 0;
    for (const [apiPath, item] of Object.entries(bundleOf(tree).paths)) {
      for (const { examples = {} } of Object.values(item.get.responses["200"].content)) {
        for (const [name, { description, value }] of Object.entries(examples)) {
          // A history's `self` is its record's document; the history names itself `history`.
          const links = value.links as { self: string; history?: string } | undefined;
          const own = apiPath.endsWith("/history.json") ? links?.history : links?.self;
          const file = apiPath.includes("{") ? own!.slice(tree.baseUrl.length) : apiPath.slice(1);
          const published = JSON.parse(readTreeFile(tree, file)) as Record<string, unknown>;
          const expected = apiPath === "/api/v1/manifest.json" ? manifestOfIndex(published) : published;
          expect(value, `${apiPath}, example ${name}`).toEqual(description ? cut(expected) : expected);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThanOrEqual(12);
  });
});

/** A published document whose lists of records, summaries or changes are cut to their first item. */
function cut(document: Record<string, unknown>): Record<string, unknown> {
  const lists = ["items", ...collectionNames];
  return Object.fromEntries(
    Object.entries(document).map(([key, value]) => [
      key,
      lists.includes(key) ? (value as unknown[]).slice(0, 1) : value,
    ]),
  );
}

/** The manifest as its example shows it: listing the entry point alone. */
function manifestOfIndex(manifest: Record<string, unknown>): Record<string, unknown> {
  const index = (manifest.files as { path: string; size: number }[]).find((file) => file.path === "api/v1/index.json")!;
  return { ...manifest, totalFiles: 1, totalBytes: index.size, files: [index] };
}

/** Every string value of a key, at any depth. */
function stringsOfKey(value: unknown, key: string): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => stringsOfKey(item, key));
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([name, item]) =>
    name === key && typeof item === "string" ? [item] : stringsOfKey(item, key),
  );
}
