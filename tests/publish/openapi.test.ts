/**
 * The published OpenAPI document is valid, and every file it describes satisfies the
 * response schema it names.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { validate } from "@readme/openapi-parser";
import type { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { createAjv } from "../../scripts/validation/compile-schemas.ts";
import { listFiles, readTreeFile, standardTrees, stringsIn, useBuiltTrees, type BuiltTree } from "./built-site.ts";

const built = useBuiltTrees(standardTrees);
const cases = standardTrees.map((spec) => [spec.name, spec] as const);

interface Operation {
  parameters?: { name: string; in: string; schema: object }[];
  responses: Record<string, { content?: Record<string, { schema: { $ref?: string } & Record<string, unknown> }> }>;
}

interface OpenApi {
  paths: Record<string, { get: Operation }>;
}

function openapiOf(tree: BuiltTree): OpenApi {
  return JSON.parse(readTreeFile(tree, "api/v1/openapi.json")) as OpenApi;
}

/** Every published schema of the tree, under its absolute `$id`, in one Ajv 2020 instance. */
function schemasOf(tree: BuiltTree): Ajv2020 {
  const ajv = createAjv();
  for (const file of listFiles(tree.dir).filter((file) => file.startsWith("schemas/"))) {
    ajv.addSchema(JSON.parse(readTreeFile(tree, file)) as object);
  }
  return ajv;
}

interface PathMatch {
  /** The OpenAPI path, such as `/api/v1/events/{id}.json`. */
  apiPath: string;
  operation: Operation;
  files: { file: string; id?: string }[];
}

/**
 * The built files each path of the document stands for. `{id}` is expanded over the files
 * present; as OpenAPI says, a concrete path wins over a template that also matches it.
 */
function matchPaths(tree: BuiltTree, openapi: OpenApi): PathMatch[] {
  const files = listFiles(tree.dir);
  const concrete = new Set(
    Object.keys(openapi.paths)
      .filter((apiPath) => !apiPath.includes("{"))
      .map((apiPath) => apiPath.slice(1)),
  );
  return Object.entries(openapi.paths).map(([apiPath, item]) => {
    const sitePath = apiPath.slice(1);
    if (!sitePath.includes("{")) {
      return { apiPath, operation: item.get, files: files.includes(sitePath) ? [{ file: sitePath }] : [] };
    }
    // `{id}` stands for a record id, `{page}` for a page number.
    const escaped = sitePath.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\\{(\w+)\}/g, "{$1}");
    const pattern = new RegExp(`^${escaped.replace("{id}", "([^/]+)").replace("{page}", "[0-9]+")}$`);
    const matched = files.flatMap((file) => {
      const match = pattern.exec(file);
      return match && !concrete.has(file) ? [{ file, id: match[1]! }] : [];
    });
    return { apiPath, operation: item.get, files: matched };
  });
}

/** A copy of the tree in which every schema's `$id` points at the copy (a `file:` URL) instead of the site. */
function relocatedCopy(tree: BuiltTree): string {
  const copy = fs.mkdtempSync(path.join(built.scratch, `openapi-${tree.spec.name.replace(/\W/g, "-")}-`));
  fs.cpSync(tree.dir, copy, { recursive: true });
  for (const file of listFiles(copy).filter((file) => file.startsWith("schemas/"))) {
    const schema = JSON.parse(fs.readFileSync(path.join(copy, file), "utf8")) as { $id: string };
    // The relocation is faithful only if each $id is the schema's own address on the site.
    expect(schema.$id, file).toBe(`${tree.baseUrl}${file}`);
    schema.$id = pathToFileURL(path.join(copy, file)).href;
    fs.writeFileSync(path.join(copy, file), JSON.stringify(schema, null, 2));
  }
  return copy;
}

function errorText(ajv: Ajv2020, errors: unknown): string {
  return ajv.errorsText(errors as Parameters<Ajv2020["errorsText"]>[0], { separator: "\n  " });
}

describe("the OpenAPI document", () => {
  // The schemas carry absolute $ids under the site URL, and a JSON Schema resolver resolves the
  // relative $refs between them against those $ids: on a tree that is not yet deployed it would
  // fetch from the site (example.github.io, or localhost, which the parser refuses as unsafe).
  // The check therefore runs on a copy whose $ids point at the copy itself: the same documents,
  // hosted at a file: URL; openapi.json is untouched.
  it.each(cases)("%s: passes @readme/openapi-parser's validate()", async (_, spec) => {
    const copy = relocatedCopy(built.get(spec));
    const result = await validate(path.join(copy, "api/v1/openapi.json"));
    expect(result.valid ? [] : result.errors.map((error) => error.message)).toEqual([]);
    expect(result).toMatchObject({ valid: true, specification: "OpenAPI" });
  });

  it.each(cases)("%s: every file a path stands for satisfies the response schema it names", (_, spec) => {
    const tree = built.get(spec);
    const openapi = openapiOf(tree);
    const ajv = schemasOf(tree);
    const openapiUrl = `${tree.baseUrl}api/v1/openapi.json`;
    let checked = 0;
    for (const { apiPath, operation, files } of matchPaths(tree, openapi)) {
      const schema = operation.responses["200"]?.content?.["application/json"]?.schema;
      if (!schema) continue;
      // Relative $refs (also inside oneOf) resolve against the OpenAPI document's own URL.
      const schemaUrl = schema.$ref ? new URL(schema.$ref, openapiUrl).href : undefined;
      const validator = schemaUrl
        ? ajv.getSchema(schemaUrl)
        : ajv.compile({ $id: new URL(`inline${apiPath.replace(/\W+/g, "-")}.json`, openapiUrl).href, ...schema });
      expect(validator, `${apiPath}: no published schema has the $id ${schemaUrl}`).toBeDefined();
      const idSchema = operation.parameters?.find((parameter) => parameter.name === "id")?.schema;
      const validId = idSchema ? ajv.compile(idSchema) : undefined;
      for (const { file, id } of files) {
        if (id !== undefined) expect(validId?.(id), `${file}: id ${id} against ${apiPath}'s parameter`).toBe(true);
        const document = JSON.parse(readTreeFile(tree, file)) as { $schema?: string };
        const valid = validator!(document);
        expect(valid, `${file} against ${schemaUrl ?? "inline schema"}:\n  ${errorText(ajv, validator!.errors)}`).toBe(
          true,
        );
        // A document that names its schema names the one the OpenAPI document gives.
        if (schemaUrl && document.$schema !== undefined) expect(document.$schema, file).toBe(schemaUrl);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it.each(cases)("%s: every NDJSON line satisfies its schema: a statement's, or else a dump item's", (_, spec) => {
    const tree = built.get(spec);
    const ajv = schemasOf(tree);
    const schemaOf = (file: string) =>
      ajv.getSchema(
        `${tree.baseUrl}schemas/api/${file.endsWith("/statements.ndjson") ? "statement" : "dump-item"}.schema.json`,
      )!;
    const ndjsonFiles = listFiles(tree.dir).filter((file) => file.startsWith("api/v1/") && file.endsWith(".ndjson"));
    const described = matchPaths(tree, openapiOf(tree))
      .filter((match) => match.operation.responses["200"]?.content?.["application/x-ndjson"])
      .flatMap((match) => match.files.map((entry) => entry.file));
    expect(ndjsonFiles.sort()).toEqual(described.sort());
    let lines = 0;
    for (const file of ndjsonFiles) {
      const validator = schemaOf(file);
      expect(validator, file).toBeDefined();
      const text = readTreeFile(tree, file);
      expect(text.endsWith("\n") || text === "", `${file} ends with a newline`).toBe(true);
      for (const [index, line] of text.split("\n").slice(0, -1).entries()) {
        const valid = validator(JSON.parse(line));
        expect(valid, `${file}:${index + 1}:\n  ${errorText(ajv, validator.errors)}`).toBe(true);
        lines++;
      }
    }
    expect(lines).toBeGreaterThan(0);
  });

  it("describes every JSON file under api/v1/ with a path that has a JSON response schema", () => {
    const uncovered = built.all().flatMap((tree) => {
      const covered = new Set(
        matchPaths(tree, openapiOf(tree))
          .filter((match) => match.operation.responses["200"]?.content?.["application/json"]?.schema)
          .flatMap((match) => match.files.map((entry) => entry.file)),
      );
      return listFiles(tree.dir)
        .filter((file) => file.startsWith("api/v1/") && file.endsWith(".json") && !covered.has(file))
        .map((file) => `${tree.spec.name}: ${file}`);
    });
    expect(uncovered).toEqual([]);
  });

  it.each(cases)("%s: describes no file that the tree lacks", (_, spec) => {
    const tree = built.get(spec);
    const empty = matchPaths(tree, openapiOf(tree)).filter((match) => match.files.length === 0);
    expect(empty.map((match) => match.apiPath)).toEqual([]);
  });

  it.each(cases)("%s: tags and describes every operation and response, and says whom to ask", (_, spec) => {
    const document = JSON.parse(readTreeFile(built.get(spec), "api/v1/openapi.json")) as {
      info: { contact?: { url?: string }; license?: { identifier?: string } };
      tags: { name: string; description: string }[];
      paths: Record<string, { get: { tags?: string[]; description?: string; responses: Record<string, object> } }>;
      components: { responses: Record<string, { description?: string }> };
    };
    expect(document.info.contact?.url).toBe(`${built.get(spec).baseUrl}about/`);
    expect(document.info.license?.identifier).toBe("CC0-1.0");
    const tags = new Set(document.tags.map((tag) => tag.name));
    expect([...tags]).toEqual(expect.arrayContaining(["organizations", "events", "sources"]));
    const undescribed = Object.entries(document.paths).flatMap(([apiPath, { get }]) => [
      ...(get.tags?.length === 1 && tags.has(get.tags[0]!) ? [] : [`${apiPath}: tags ${get.tags}`]),
      ...(get.description ? [] : [`${apiPath}: no description`]),
      ...Object.entries(get.responses)
        .map(([, response]) => ("$ref" in response ? document.components.responses.notFound! : response))
        .filter((response: { description?: string }) => !response.description)
        .map(() => `${apiPath}: a response without a description`),
    ]);
    expect(undescribed).toEqual([]);
  });

  it.each(cases)("%s: the entry point links every path described and every response schema", (_, spec) => {
    const tree = built.get(spec);
    const index = JSON.parse(readTreeFile(tree, "api/v1/index.json")) as object;
    const linked = new Set(stringsIn(index));
    // The pages of changes are linked from the changes index, which the entry point links.
    const expected = Object.keys(openapiOf(tree).paths)
      .filter((apiPath) => !apiPath.includes("{page}"))
      .map((apiPath) => `${tree.baseUrl}${apiPath.slice(1)}`);
    const schemas = listFiles(tree.dir)
      .filter((file) => file.startsWith("schemas/api/"))
      .map((file) => `${tree.baseUrl}${file}`);
    expect(schemas.length).toBeGreaterThan(5);
    expect([...expected, ...schemas].filter((url) => !linked.has(url))).toEqual([]);
  });
});
