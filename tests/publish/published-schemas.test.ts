/**
 * The published schemas work for a consumer as the API page says: a plain Ajv 2020 with
 * ajv-formats and `strict: false`, without this project's formats or keywords, compiles them
 * all and accepts every JSON document of the API that names one of them as its `$schema`.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { hostileAtPrefix, listFiles, readTreeFile, realAtPrefix, useBuiltTrees } from "./built-site.ts";

// A CommonJS package whose default export ESM sees one level down.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

const trees = [realAtPrefix, hostileAtPrefix];
const built = useBuiltTrees(trees);

describe("published schemas, read by a plain Ajv", () => {
  it.each(trees.map((spec) => [spec.name, spec] as const))(
    "%s: compile, and accept every API document that names one",
    (_, spec) => {
      const tree = built.get(spec);
      const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
      addFormats(ajv);
      const files = listFiles(tree.dir);
      for (const file of files.filter((candidate) => /^schemas\/.*\.schema\.json$/.test(candidate))) {
        ajv.addSchema(JSON.parse(readTreeFile(tree, file)) as object);
      }
      let checked = 0;
      for (const file of files.filter((candidate) => candidate.startsWith("api/v1/") && candidate.endsWith(".json"))) {
        const document = JSON.parse(readTreeFile(tree, file)) as { $schema?: string };
        if (!document.$schema?.startsWith(tree.baseUrl)) continue;
        const validate = ajv.getSchema(document.$schema);
        expect(validate, `${file}: ${document.$schema}`).toBeDefined();
        expect(validate!(document) ? [] : validate!.errors, file).toEqual([]);
        checked++;
      }
      expect(checked).toBeGreaterThan(10);
    },
  );
});
