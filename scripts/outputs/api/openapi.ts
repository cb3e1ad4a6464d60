import { collectionNames } from "../../records/collections.ts";
import { sitePaths } from "../../paths/site-paths.ts";
import { apiSchemaVersion, dataLicence, recordTypeOf } from "../../contract/api-contract.ts";
import type { OutputContext } from "../output-context.ts";

/** Where the OpenAPI document sits, so that its `$ref`s to the schemas can be relative. */
const schemaRef = (name: string) => ({ $ref: `../../schemas/api/${name}.schema.json` });

function jsonResponse(description: string, schemaName: string) {
  return { description, content: { "application/json": { schema: schemaRef(schemaName) } } };
}

function textResponse(description: string, mediaType: string) {
  return { description, content: { [mediaType]: { schema: { type: "string" } } } };
}

const notFoundResponse = {
  description:
    "No such record or page. A static host answers with its not-found page, which is HTML, not JSON; a renamed record's former id is not missing, it answers with a stub (200).",
  content: { "text/html": { schema: { type: "string" } } },
};

const idParameter = {
  name: "id",
  in: "path",
  required: true,
  description: "Record id: lowercase letters and digits in words joined by hyphens.",
  schema: { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength: 64 },
};

/**
 * `api/v1/openapi.json`: an OpenAPI 3.1 description of every published file. The response
 * schemas are the files under `schemas/api/`, referenced rather than copied.
 */
export function openapiDocument(context: OutputContext) {
  const { site, catalog } = context;
  const paths: Record<string, unknown> = {};
  const get = (path: string, summary: string, response: unknown, parameters?: unknown[]) => {
    const operationId = path
      .replace(/\{id\}/g, "by-id")
      .split(/[^a-z0-9]+/i)
      .filter(Boolean)
      .map((part, index) => (index === 0 ? part : part[0]!.toUpperCase() + part.slice(1)))
      .join("");
    // A path with a parameter can name a file that does not exist; the host then answers 404.
    const responses = parameters ? { "200": response, "404": notFoundResponse } : { "200": response };
    paths[`/${path}`] = { get: { operationId, summary, ...(parameters ? { parameters } : {}), responses } };
  };
  get(
    sitePaths.apiIndex,
    "Entry point: links to every collection, dump, schema, feed and calendar, the changes and the manifest",
    jsonResponse("The entry point.", "api-index"),
  );
  for (const collection of collectionNames) {
    const type = recordTypeOf[collection];
    get(
      sitePaths.apiCollection(collection),
      `List every ${type}`,
      jsonResponse(`Summaries of every ${type}.`, "collection"),
    );
    get(
      sitePaths.apiRecordTemplate(collection),
      `One ${type}, with its relations resolved`,
      {
        description: `The ${type}'s document; at a renamed record's former id, a stub that says where it is now.`,
        content: { "application/json": { schema: { oneOf: [schemaRef(`${type}-document`), schemaRef("moved")] } } },
      },
      [idParameter],
    );
    get(sitePaths.apiNdjson(collection), `Every ${type}, one JSON document per line`, {
      description: `One dump item per line; each line follows dump-item.schema.json.`,
      content: { "application/x-ndjson": { schema: { type: "string" } } },
    });
    get(
      sitePaths.apiCsv(collection),
      `Every ${type} as CSV, with the columns the Data Package documents`,
      textResponse("CSV with a header row.", "text/csv"),
    );
  }
  for (const collection of collectionNames) {
    const type = recordTypeOf[collection];
    get(
      sitePaths.apiRecordHistoryTemplate(collection),
      `Every change to one ${type}, newest first`,
      jsonResponse("The record's history.", "history"),
      [idParameter],
    );
  }
  get(
    sitePaths.apiChanges,
    "The newest changes to the registry, with links to every page",
    jsonResponse("Changes, newest first.", "changes"),
  );
  get(
    sitePaths.apiChangesPage("{page}"),
    "One page of changes, counted from the oldest",
    jsonResponse("Changes, newest first.", "changes"),
    [
      {
        name: "page",
        in: "path",
        required: true,
        description: "Page number; page 1 holds the oldest changes.",
        schema: { type: "integer", minimum: 1 },
      },
    ],
  );
  get(
    sitePaths.apiManifest,
    "Every published file with its size and SHA-256",
    jsonResponse("The manifest.", "manifest"),
  );
  get(sitePaths.apiAll, "Every record of every collection", jsonResponse("All records.", "all"));
  get(sitePaths.apiDatapackage, "Frictionless Data Package describing the CSV files", {
    description: "A Data Package (https://specs.frictionlessdata.io/data-package/).",
    content: { "application/json": { schema: { type: "object" } } },
  });
  get(sitePaths.apiOpenapi, "This OpenAPI 3.1 document", {
    description: "The OpenAPI description of every published file.",
    content: { "application/json": { schema: { type: "object" } } },
  });
  get(
    sitePaths.eventsFeed,
    "RSS 2.0 feed of the events added last, the latest first",
    textResponse("RSS 2.0.", "application/rss+xml"),
  );
  get(
    sitePaths.changesFeed,
    "RSS 2.0 feed of the newest changes to the records",
    textResponse("RSS 2.0.", "application/rss+xml"),
  );
  get(
    sitePaths.organizationFeed("{id}"),
    "RSS 2.0 feed of one organization's events",
    textResponse("RSS 2.0.", "application/rss+xml"),
    [idParameter],
  );
  get(
    sitePaths.eventsCalendar,
    "iCalendar file of every event",
    textResponse("iCalendar (RFC 5545).", "text/calendar"),
  );
  get(
    sitePaths.eventCalendar("{id}"),
    "iCalendar file of one event",
    textResponse("iCalendar (RFC 5545).", "text/calendar"),
    [idParameter],
  );

  return {
    openapi: "3.1.0",
    info: {
      title: "Lin-gang International Sci-Tech Organizations Cluster: open data API",
      version: apiSchemaVersion,
      summary: "Static, read-only JSON, CSV, RSS and iCalendar files.",
      description: `Organizations, events and sources about the cluster for international science and technology organizations in Shanghai's Lin-gang Special Area. Every file is static: fetch it with a plain GET. Data last changed ${catalog.dataUpdated}.`,
      license: { name: dataLicence.name, identifier: dataLicence.id },
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    servers: [{ url: site.baseUrl.replace(/\/$/, ""), description: "The published site" }],
    paths,
  };
}
