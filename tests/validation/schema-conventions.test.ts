import { describe, expect, it } from "vitest";
import { readSchemaDocuments, schemaFileNames, type SchemaNode } from "../../scripts/records/schema-documents.ts";

/** Every object schema with named properties, with where it sits. */
function* objectSchemas(node: unknown, where: string): Generator<[string, SchemaNode]> {
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) yield* objectSchemas(item, `${where}/${index}`);
    return;
  }
  if (node === null || typeof node !== "object") return;
  const schema = node as SchemaNode;
  if (schema.properties && schema.type === "object") yield [where, schema];
  for (const [key, value] of Object.entries(schema)) {
    if (key !== "examples" && key !== "enum" && key !== "const") yield* objectSchemas(value, `${where}/${key}`);
  }
}

describe("schema conventions", () => {
  const documents = readSchemaDocuments();

  it.each(schemaFileNames)("%s has $schema 2020-12, $id, title and description", (name) => {
    const schema = documents[name];
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe(`${name}.schema.json`);
    expect(schema.title).toBeTruthy();
    expect(schema.description).toBeTruthy();
  });

  it.each(["organization", "event", "source"] as const)("%s has examples", (name) => {
    expect(documents[name].examples).toBeInstanceOf(Array);
  });

  it("closes every object with named properties and describes every property", () => {
    for (const name of schemaFileNames) {
      for (const [where, schema] of objectSchemas(documents[name], name)) {
        // Maps keyed by language tag constrain their keys with propertyNames instead.
        if (!schema.propertyNames) {
          expect(schema.additionalProperties, `${where} must set additionalProperties: false`).toBe(false);
        }
        for (const [property, child] of Object.entries(schema.properties ?? {})) {
          expect(child.description, `${where}/properties/${property} has no description`).toBeTruthy();
        }
      }
    }
  });
});
