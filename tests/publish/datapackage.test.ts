/**
 * The Data Package passes the Frictionless reference library for JavaScript: the descriptor
 * against the official profiles, and every CSV cell against its field's type, constraints and
 * foreign keys; and each cell, cast to its field's type, is the value its record holds.
 */
import fs from "node:fs";
import path from "node:path";
import { Package } from "datapackage";
import { describe, expect, it } from "vitest";
import { schemasDir } from "../../scripts/project-paths.ts";
import { collectionNames, schemaNameOf, type CollectionName } from "../../scripts/records/collections.ts";
import { hostileAtPrefix, readTreeFile, standardTrees, useBuiltTrees } from "./built-site.ts";
import { tableRows } from "./html-tables.ts";
import { expectedRows, type ColumnValue } from "./record-columns.ts";

const built = useBuiltTrees(standardTrees);
const cases = standardTrees.map((spec) => [spec.name, spec] as const);

/** A resource of a collection's CSV file (beside the statements and the database). */
const isCollection = (name: string) => (collectionNames as readonly string[]).includes(name);
describe("the Data Package", () => {
  it.each(cases)(
    "%s: is a valid Data Package, each CSV a tabular data resource and the database a SQLite file beside them",
    async (_, spec) => {
      const tree = built.get(spec);
      const dataPackage = await Package.load(path.join(tree.dir, "api/v1/datapackage.json"));
      expect(dataPackage.errors.map((error) => error.message)).toEqual([]);
      expect(dataPackage.valid).toBe(true);
      expect(dataPackage.descriptor.profile).toBe("data-package");
      expect(dataPackage.resources.map((resource) => [resource.name, resource.tabular])).toEqual([
        ...collectionNames.map((collection) => [collection, true]),
        ["statements", true],
        ["registry-database", false],
      ]);
      const database = dataPackage.resources.at(-1)!.descriptor;
      expect([database.mediatype, database.format]).toEqual(["application/vnd.sqlite3", "sqlite"]);
      const file = fs.readFileSync(path.join(tree.dir, "api/v1", database.path as string));
      expect(file.subarray(0, 16).toString("latin1")).toBe("SQLite format 3\0");
    },
  );

  it.each(cases)(
    "%s: every CSV row casts to the declared types and satisfies the constraints and foreign keys",
    async (_, spec) => {
      const tree = built.get(spec);
      const dataPackage = await Package.load(path.join(tree.dir, "api/v1/datapackage.json"));
      const tables = dataPackage.resources.filter((resource) => resource.tabular);
      expect(tables.map((resource) => resource.name)).toEqual([...collectionNames, "statements"]);
      for (const resource of tables) {
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

  it.each(cases)("%s: every CSV cell, cast to its field's type, is the value its record holds", async (_, spec) => {
    const tree = built.get(spec);
    const dataPackage = await Package.load(path.join(tree.dir, "api/v1/datapackage.json"));
    for (const resource of dataPackage.resources.filter((table) => isCollection(table.name))) {
      const collection = resource.name as CollectionName;
      const expected = expectedRows(tree, collection);
      const fields = resource.schema!.fields;
      expect(
        fields.map((field) => field.name),
        collection,
      ).toEqual([...expected.values().next().value!.keys()]);
      const typeOf = new Map<string, string>(fields.map((field) => [field.name, field.type]));
      for (const row of await resource.read({ keyed: true, cast: true })) {
        const values = expected.get(row.id as string)!;
        const cast = Object.fromEntries(
          [...values].map(([name, value]) => [name, castValue(typeOf.get(name)!, value)]),
        );
        expect(row, `${collection}.csv ${row.id}`).toEqual(cast);
      }
    }
  });

  it.each(cases)("%s: every value of a text column with a pattern has that form, whole", (_, spec) => {
    const tree = built.get(spec);
    const descriptor = JSON.parse(readTreeFile(tree, "api/v1/datapackage.json")) as DescribedPackage;
    let checked = 0;
    for (const resource of descriptor.resources.filter((item) => isCollection(item.name))) {
      const expected = expectedRows(tree, resource.name as CollectionName);
      for (const field of resource.schema!.fields.filter((item) => item.constraints?.pattern)) {
        // Table Schema patterns are XML Schema expressions, which match the whole value.
        const whole = new RegExp(`^(?:${field.constraints!.pattern})$`);
        for (const [id, values] of expected) {
          const value = values.get(field.name);
          if (value === undefined) continue;
          expect(String(value), `${resource.name} ${id} ${field.name}`).toMatch(whole);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it.each(cases)("%s: every record's status and successor read back from its CSV", async (_, spec) => {
    const tree = built.get(spec);
    const dataPackage = await Package.load(path.join(tree.dir, "api/v1/datapackage.json"));
    for (const resource of dataPackage.resources.filter((table) => isCollection(table.name))) {
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
    const descriptor = JSON.parse(readTreeFile(tree, "api/v1/datapackage.json")) as DescribedPackage;
    let constrained = 0;
    // The statements are no collection's: their enums are the API's own (statement.schema.json).
    for (const resource of descriptor.resources.filter((each) =>
      (collectionNames as readonly string[]).includes(each.name),
    )) {
      const schema = JSON.parse(
        fs.readFileSync(path.join(schemasDir, `${schemaNameOf[resource.name as CollectionName]}.schema.json`), "utf8"),
      ) as { properties: Record<string, { enum?: string[] }> };
      for (const field of resource.schema!.fields) {
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
    const descriptor = JSON.parse(readTreeFile(tree, "api/v1/datapackage.json")) as DescribedPackage;
    const described = descriptor.resources.flatMap((resource) =>
      (resource.schema?.fields ?? []).map((field) => [field.name, field.type, field.description]),
    );
    expect(tableRows(readTreeFile(tree, "api/index.html"), "CSV columns: ")).toEqual(described);
  });
});

/** The Data Package's descriptor, as far as these checks read it. */
interface DescribedPackage {
  resources: {
    name: string;
    schema?: {
      fields: {
        name: string;
        type: string;
        description: string;
        constraints?: { enum?: string[]; pattern?: string };
      }[];
    };
  }[];
}

/**
 * A record's value as Frictionless casts its cell: text with the apostrophe that keeps a
 * spreadsheet from running it, a date or date-time in local time (the library reads them so), a
 * number, a list; null for an empty cell.
 */
function castValue(type: string, value: ColumnValue): unknown {
  if (value === undefined) return null;
  if (type === "string") return /^[=+\-@]/.test(value as string) ? `'${value as string}` : value;
  if (type === "date" || type === "datetime") {
    const [year, month, day, hours = 0, minutes = 0, seconds = 0] = (value as string).match(/\d+/g)!.map(Number);
    return new Date(year!, month! - 1, day!, hours, minutes, seconds);
  }
  return value;
}
