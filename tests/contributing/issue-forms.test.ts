import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { projectRoot } from "../../scripts/project-paths.ts";
import {
  readSchemaDocuments,
  resolveSchemaRef,
  type SchemaDocuments,
  type SchemaFileName,
  type SchemaNode,
} from "../../scripts/records/schema-documents.ts";

interface FormField {
  type: string;
  id?: string;
  attributes: { label?: string; options?: string[] };
}

const formsDir = path.join(projectRoot, ".github/ISSUE_TEMPLATE");
const forms = {
  "add-organization.yml": "organization",
  "add-event.yml": "event",
  "report-correction.yml": undefined,
} as const;

/** Fields of the correction form that describe the problem rather than hold a record's field. */
const explanationFields = new Set(["field", "correction"]);

const documents = readSchemaDocuments();

/**
 * The schema node a field id designates: ids are property paths joined by `_`
 * (`names_display_zh-Hans`); language tags are keys of localized-text maps.
 */
function schemaAt(documents: SchemaDocuments, schema: SchemaFileName, fieldId: string): SchemaNode | undefined {
  let node: SchemaNode = documents[schema];
  let document: SchemaFileName = schema;
  for (const segment of fieldId.split("_")) {
    while (node.$ref) ({ node, document } = resolveSchemaRef(documents, node.$ref, document));
    const next =
      node.properties?.[segment] ??
      (node.propertyNames && typeof node.additionalProperties === "object" ? node.additionalProperties : undefined);
    if (!next) return undefined;
    node = next;
  }
  while (node.$ref) ({ node, document } = resolveSchemaRef(documents, node.$ref, document));
  return node;
}

describe("issue forms", () => {
  it.each(Object.keys(forms))("%s parses as an issue form", (file) => {
    const form = parse(fs.readFileSync(path.join(formsDir, file), "utf8")) as { name: string; body: FormField[] };
    expect(form.name).toBeTruthy();
    expect(form.body.length).toBeGreaterThan(0);
  });

  it.each(Object.entries(forms))("%s: every field maps to a property of the %s schema", (file, schema) => {
    const form = parse(fs.readFileSync(path.join(formsDir, file), "utf8")) as { body: FormField[] };
    for (const field of form.body.filter((item) => item.type !== "markdown")) {
      const target = schema ?? "organization";
      if (!schema && explanationFields.has(field.id!)) continue;
      const node = schemaAt(documents, target, field.id!);
      expect(node, `${file}: field "${field.id}" is not a property of ${target}.schema.json`).toBeDefined();
      if (field.type === "dropdown") {
        // A dropdown offers exactly the values the schema allows (a tombstone is never proposed).
        expect(field.attributes.options, `${file}: ${field.id}`).toEqual(
          (node!.enum as string[]).filter((value) => value !== "withdrawn"),
        );
      }
    }
  });
});
