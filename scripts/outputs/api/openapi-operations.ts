import type { Examples } from "./openapi-examples.ts";

/** What the API says about one published file, or one kind of file (`{id}` in its path). */
export interface Operation {
  tag: string;
  summary: string;
  description: string;
  response: object;
  parameter?: "id" | "page";
}

export type AddOperation = (path: string, operation: Operation) => void;

const withExamples = (examples: Examples) => (Object.keys(examples).length > 0 ? { examples } : {});

/** A JSON response, with its examples when the data has any. */
export const json = (description: string, schema: object, examples: Examples = {}) => ({
  description,
  content: { "application/json": { schema, ...withExamples(examples) } },
});

/** A document's response at a record's address: the record's own document, or at a former id, a stub. */
export const jsonOneOf = (description: string, schemas: object[], examples: Examples) => ({
  description,
  content: { "application/json": { schema: { oneOf: schemas }, ...withExamples(examples) } },
});

export const text = (description: string, mediaType: string) => ({
  description,
  content: { [mediaType]: { schema: { type: "string" } } },
});

/** A response that is not text: OpenAPI 3.1 gives its schema no type, only the media type. */
export const binary = (description: string, mediaType: string) => ({
  description,
  content: { [mediaType]: {} },
});

/** Said of every address that takes an id. */
export const unknownId = "An id that no record has or ever had answers 404, with the host's HTML not-found page.";

const parameters = {
  id: {
    name: "id",
    in: "path",
    required: true,
    description: "Record id: lowercase letters and digits in words joined by hyphens.",
    schema: { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength: 64 },
  },
  page: {
    name: "page",
    in: "path",
    required: true,
    description: "Page number; page 1 holds the oldest changes.",
    schema: { type: "integer", minimum: 1 },
  },
};

/**
 * The Paths Object. A path with a parameter can name a file that does not exist, and any file can
 * be missing from a partial mirror: every operation says what the host answers then.
 */
export function pathsOf(operations: Map<string, Operation>) {
  return Object.fromEntries(
    [...operations].map(([path, { tag, summary, description, response, parameter }]) => [
      `/${path}`,
      {
        get: {
          tags: [tag],
          operationId: operationIdOf(path),
          summary,
          description,
          ...(parameter ? { parameters: [parameters[parameter]] } : {}),
          responses: { "200": response, "404": { $ref: "#/components/responses/notFound" } },
        },
      },
    ]),
  );
}

/** `api/v1/events/{id}.json` → `apiV1EventsByIdJson`: stable, as generated clients name their methods after it. */
function operationIdOf(path: string): string {
  return path
    .replace(/\{id\}/g, "by-id")
    .split(/[^a-z0-9]+/i)
    .filter(Boolean)
    .map((part, index) => (index === 0 ? part : part[0]!.toUpperCase() + part.slice(1)))
    .join("");
}
