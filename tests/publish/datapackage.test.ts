/**
 * The Data Package passes the Frictionless reference library for JavaScript: the descriptor
 * against the official profiles, and every CSV cell against its field's type, constraints and
 * foreign keys.
 */
import fs from "node:fs";
import path from "node:path";
import { Package } from "datapackage";
import * as parse5 from "parse5";
import { describe, expect, it } from "vitest";
import { schemasDir } from "../../scripts/project-paths.ts";
import { collectionNames, schemaNameOf, type CollectionName } from "../../scripts/records/collections.ts";
import { hostileAtPrefix, readTreeFile, standardTrees, useBuiltTrees } from "./built-site.ts";

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
      expect(dataPackage.resources.map((resource) => resource.name)).toEqual([...collectionNames, "statements"]);
      for (const resource of dataPackage.resources) {
        // read() throws on the first cell that does not cast or breaks a constraint or a foreign key.
        const rows = await resource.read({ keyed: true, cast: true, relations: true });
        if (resource.name === "statements") {
          // Every organization and event states something, and only they do.
          const cited = new Set([...tree.records.organizations.keys(), ...tree.records.events.keys()]);
          expect(new Set(rows.map((row) => row.id))).toEqual(cited);
          continue;
        }
        const collection = resource.name as CollectionName;
        expect(rows.map((row) => row.id).sort(), resource.name).toEqual([...tree.records[collection].keys()].sort());
      }
    },
  );

  it.each(cases)("%s: every record's status and successor read back from its CSV", async (_, spec) => {
    const tree = built.get(spec);
    const dataPackage = await Package.load(path.join(tree.dir, "api/v1/datapackage.json"));
    for (const resource of dataPackage.resources.filter((each) => each.name !== "statements")) {
      const records = tree.records[resource.name as CollectionName] as Map<
        string,
        { status?: string; successor?: string }
      >;
      const rows = await resource.read({ keyed: true });
      expect(
        rows.map((row) => [row.id, row.status, row.successor]),
        resource.name,
      ).toEqual(
        rows.map((row) => {
          const record = records.get(row.id as string)!;
          // Frictionless reads an empty cell, a missing value, as null.
          return [row.id, record.status ?? null, record.successor ?? null];
        }),
      );
    }
    if (spec === hostileAtPrefix) {
      const withdrawn = Object.values(tree.records).flatMap((records: Map<string, { status?: string }>) =>
        [...records.values()].filter((record) => record.status === "withdrawn"),
      );
      expect(withdrawn.length, "the hostile data holds a tombstone of every kind").toBe(collectionNames.length);
    }
  });

  it("constrains each column that holds a schema's enum to that enum, and lists the values", () => {
    const tree = built.get(hostileAtPrefix);
    const descriptor = JSON.parse(readTreeFile(tree, "api/v1/datapackage.json")) as {
      resources: {
        name: CollectionName;
        schema: { fields: { name: string; description: string; constraints?: unknown }[] };
      }[];
    };
    let constrained = 0;
    // The statements are no collection's: their enums are the API's own (statement.schema.json).
    for (const resource of descriptor.resources.filter((each) =>
      (collectionNames as readonly string[]).includes(each.name),
    )) {
      const schema = JSON.parse(
        fs.readFileSync(path.join(schemasDir, `${schemaNameOf[resource.name]}.schema.json`), "utf8"),
      ) as { properties: Record<string, { enum?: string[] }> };
      for (const field of resource.schema.fields) {
        const values = schema.properties[field.name]?.enum;
        if (!values) continue;
        const where = `${resource.name}.${field.name}`;
        expect(field.constraints, where).toEqual({ enum: values });
        for (const value of values) expect(field.description, where).toContain(value);
        constrained++;
      }
    }
    // kind and status of each collection
    expect(constrained).toBe(2 * collectionNames.length);
  });

  it.each(cases)("%s: the /api/ page lists each CSV column as the Data Package describes it", (_, spec) => {
    const tree = built.get(spec);
    const descriptor = JSON.parse(readTreeFile(tree, "api/v1/datapackage.json")) as {
      resources: { schema: { fields: { name: string; type: string; description: string }[] } }[];
    };
    const described = descriptor.resources.flatMap((resource) =>
      resource.schema.fields.map((field) => [field.name, field.type, field.description]),
    );
    expect(tableRows(readTreeFile(tree, "api/index.html"))).toEqual(described);
  });
});

interface HtmlNode {
  nodeName: string;
  value?: string;
  childNodes?: HtmlNode[];
}

/** The cells of every body row of every table on a page, as text. */
function tableRows(html: string): string[][] {
  const text = (node: HtmlNode): string =>
    node.nodeName === "#text" ? (node.value ?? "") : (node.childNodes ?? []).map(text).join("");
  const rows: string[][] = [];
  const walk = (node: HtmlNode, inBody: boolean) => {
    if (inBody && node.nodeName === "tr") {
      rows.push((node.childNodes ?? []).filter((cell) => cell.nodeName === "td").map(text));
      return;
    }
    for (const child of node.childNodes ?? []) walk(child, inBody || node.nodeName === "tbody");
  };
  walk(parse5.parse(html) as HtmlNode, false);
  return rows;
}
