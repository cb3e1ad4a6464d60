/** `npm run gentypes`: writes `scripts/records/types.generated.ts` from the schemas. */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { runCommand, type CommandHelp } from "./command-line.ts";
import { projectRoot, schemasDir } from "./project-paths.ts";
import { readSchemaDocuments, type SchemaNode } from "./records/schema-documents.ts";

export const generatedTypesPath = path.join(projectRoot, "scripts/records/types.generated.ts");

const banner = `/*
 * GENERATED from schemas/*.schema.json by \`npm run gentypes\`. Do not edit by hand:
 * change the schemas and run \`npm run gentypes\` again.
 */`;

export async function generateTypes(): Promise<string> {
  // Loaded only when types are made: json-schema-to-typescript takes most of a second to load.
  const { compile } = await import("json-schema-to-typescript");
  const documents = Object.fromEntries(
    Object.entries(readSchemaDocuments()).map(([name, node]) => [`${name}.schema.json`, withoutRefAnnotations(node)]),
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

const help: CommandHelp = {
  usage: "npm run gentypes -- [--check]",
  summary: "Writes scripts/records/types.generated.ts, the records' TypeScript types, from the schemas.",
  options: {
    "--check": "write nothing; exit 1 if the file is stale",
  },
};

if (import.meta.url === `file://${process.argv[1]}`) {
  await runCommand(help, async () => {
    const { values } = parseArgs({ options: { check: { type: "boolean", default: false } } });
    const generated = await generateTypes();
    const current = fs.existsSync(generatedTypesPath) ? fs.readFileSync(generatedTypesPath, "utf8") : "";
    if (values.check) {
      if (current === generated) return 0;
      process.stderr.write(
        "scripts/records/types.generated.ts is stale: run `npm run gentypes` and commit the result\n",
      );
      return 1;
    }
    if (current !== generated) fs.writeFileSync(generatedTypesPath, generated);
    process.stdout.write(
      `${current === generated ? "unchanged" : "wrote"} ${path.relative(process.cwd(), generatedTypesPath)}\n`,
    );
    return 0;
  });
}
