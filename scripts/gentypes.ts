/**
 * `npm run gentypes`: writes the TypeScript types of the records (`scripts/records/types.generated.ts`)
 * and of the API's documents (`scripts/contract/api-types.generated.ts`, published as
 * `api/v1/types.d.ts`) from the schemas.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { runCommand, type CommandHelp } from "./command-line.ts";
import { writeGeneratedFiles } from "./generated-files.ts";
import { projectRoot, schemasDir } from "./project-paths.ts";
import { messages } from "./i18n/messages.ts";
import {
  mapSubschemas,
  readResponseSchemaDocuments,
  readSchemaDocuments,
  responseSchemaNames,
  type SchemaNode,
} from "./records/schema-documents.ts";

export const generatedTypesPath = path.join(projectRoot, "scripts/records/types.generated.ts");
export const generatedApiTypesPath = path.join(projectRoot, "scripts/contract/api-types.generated.ts");

const banner = `/*
 * GENERATED from schemas/*.schema.json by \`npm run gentypes\`. Do not edit by hand:
 * change the schemas and run \`npm run gentypes\` again.
 */`;

/**
 * The banner of the API's types, which are published as they are: it speaks to whoever downloads
 * them as well as to whoever would edit them here.
 */
const apiBanner = `/*
 * Types of every JSON document of the ${messages.en.siteName}'s API (api/v1/), one per response
 * schema (schemas/api/*.schema.json), with the records'.
 * GENERATED from the schemas by \`npm run gentypes\` in the registry's repository. Do not edit
 * by hand: change the schemas and run \`npm run gentypes\` again.
 */`;

/**
 * The API's types: one per response schema but \`api-defs\`, which only holds definitions, and
 * \`ApiDocuments\`, every document type by the name of its schema (\`ApiDocuments["event-document"]\`).
 */
export async function generateApiTypes(): Promise<string> {
  const { compile } = await import("json-schema-to-typescript");
  const documents: Record<string, unknown> = {};
  for (const [name, node] of Object.entries(readSchemaDocuments())) documents[`${name}.schema.json`] = prepared(node);
  const responses = readResponseSchemaDocuments();
  for (const [name, node] of Object.entries(responses)) documents[`api/${name}.schema.json`] = prepared(node);
  const names = responseSchemaNames.filter((name) => name !== "api-defs");
  // A document that only refers to a definition (`summary`, `dump-item`) is that definition's type, not a copy.
  const typeOf = (name: (typeof names)[number]) => ({ $ref: `api/${responses[name].$ref ?? `${name}.schema.json`}` });
  const root = {
    title: "ApiDocuments",
    description: "Every JSON document of the API, by the name of its response schema.",
    type: "object",
    additionalProperties: false,
    required: names,
    properties: Object.fromEntries(names.map((name) => [name, typeOf(name)])),
  };
  return compile(root as never, "ApiDocuments", {
    cwd: schemasDir,
    bannerComment: apiBanner,
    additionalProperties: false,
    // Lists as arrays, not tuples such as [Id, ...Id[]]: other generators type the documents so, and
    // a client made by one of them hands its documents to code typed with these.
    ignoreMinAndMaxItems: true,
    $refOptions: {
      resolve: {
        file: { read: (file: { url: string }) => JSON.stringify(documents[path.relative(schemasDir, file.url)]) },
      },
    },
  });
}

export async function generateTypes(): Promise<string> {
  // Loaded only when types are made: json-schema-to-typescript takes most of a second to load.
  const { compile } = await import("json-schema-to-typescript");
  const documents = Object.fromEntries(
    Object.entries(readSchemaDocuments()).map(([name, node]) => [`${name}.schema.json`, prepared(node)]),
  );
  const root = {
    title: "RegistryRecords",
    type: "object",
    additionalProperties: false,
    properties: {
      organization: { $ref: "organization.schema.json" },
      event: { $ref: "event.schema.json" },
      source: { $ref: "source.schema.json" },
    },
  };
  return compile(root as never, "RegistryRecords", {
    cwd: schemasDir,
    bannerComment: banner,
    additionalProperties: false,
    $refOptions: {
      resolve: {
        file: { read: (file: { url: string }) => JSON.stringify(documents[path.basename(file.url)]) },
      },
    },
  });
}

/**
 * A description beside a `$ref` makes json-schema-to-typescript emit a numbered copy of the
 * referenced type (RecordId1, RecordId2, …); the referenced definition's own description is
 * kept, so the types stay documented without the copies.
 */
function withoutRefAnnotations(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutRefAnnotations);
  if (node === null || typeof node !== "object") return node;
  const schema = node as SchemaNode;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key]) => !(schema.$ref && (key === "description" || key === "title")))
      .map(([key, value]) => [
        key,
        key === "enum" || key === "examples" || key === "const" ? value : withoutRefAnnotations(value),
      ]),
  );
}

/** A schema as json-schema-to-typescript should read it. */
const prepared = (schema: SchemaNode) => anyValueAsUnknown(withoutRefAnnotations(schema) as SchemaNode);

const annotations = new Set(["title", "description", "examples", "$comment", "default", "deprecated"]);

/**
 * A schema of annotations alone (a change's value before and after) allows any JSON value, but
 * json-schema-to-typescript types it as an object, which a string is not: it is told \`unknown\`.
 */
function anyValueAsUnknown(schema: SchemaNode): SchemaNode {
  const mapped = mapSubschemas(schema, anyValueAsUnknown);
  const keywords = Object.keys(schema);
  return keywords.length > 0 && keywords.every((keyword) => annotations.has(keyword))
    ? { ...mapped, tsType: "unknown" }
    : mapped;
}

const help: CommandHelp = {
  usage: "npm run gentypes -- [--check]",
  summary:
    "Writes scripts/records/types.generated.ts and scripts/contract/api-types.generated.ts, the TypeScript types of the records and of the API's documents, from the schemas.",
  options: {
    "--check": "write nothing; exit 1 if a file is stale",
  },
};

if (import.meta.url === `file://${process.argv[1]}`) {
  await runCommand(help, async () => {
    const { values } = parseArgs({ options: { check: { type: "boolean", default: false } } });
    const files = [
      { target: generatedTypesPath, content: await generateTypes() },
      { target: generatedApiTypesPath, content: await generateApiTypes() },
    ];
    return writeGeneratedFiles(files, "npm run gentypes", values.check);
  });
}
