/**
 * The Data Package passes the Frictionless reference library for JavaScript: the descriptor
 * against the official profiles, and every CSV cell against its field's type, constraints and
 * foreign keys.
 */
import path from "node:path";
import { Package } from "datapackage";
import { describe, expect, it } from "vitest";
import { collectionNames } from "../../scripts/records/collections.ts";
import { standardTrees, useBuiltTrees } from "./built-site.ts";

const built = useBuiltTrees(standardTrees);
const cases = standardTrees.map((spec) => [spec.name, spec] as const);

describe("the Data Package", () => {
  it.each(cases)("%s: is valid against the tabular-data-package profile", async (_, spec) => {
    const tree = built.get(spec);
    const dataPackage = await Package.load(path.join(tree.dir, "api/v1/datapackage.json"));
    expect(dataPackage.errors.map((error) => error.message)).toEqual([]);
    expect(dataPackage.valid).toBe(true);
  });

  it.each(cases)(
    "%s: every CSV row casts to the declared types and satisfies the constraints and foreign keys",
    async (_, spec) => {
      const tree = built.get(spec);
      const dataPackage = await Package.load(path.join(tree.dir, "api/v1/datapackage.json"));
      expect(dataPackage.resources.map((resource) => resource.name)).toEqual([...collectionNames]);
      for (const resource of dataPackage.resources) {
        // read() throws on the first cell that does not cast or breaks a constraint or a foreign key.
        const rows = await resource.read({ keyed: true, cast: true, relations: true });
        const collection = resource.name as (typeof collectionNames)[number];
        expect(rows.map((row) => row.id).sort(), resource.name).toEqual([...tree.records[collection].keys()].sort());
      }
    },
  );
});
