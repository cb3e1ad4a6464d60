import type { ResponseSchemaName } from "../../records/schema-documents.ts";
import { absoluteUrl } from "../../paths/site-config.ts";
import { sitePaths } from "../../paths/site-paths.ts";
import { apiSchemaVersion, dataLicence } from "../../contract/api-contract.ts";
import type { OutputContext } from "../output-context.ts";
import { bundledSchemas } from "./openapi-components.ts";
import { apiExamples } from "./openapi-examples.ts";
import { apiPaths, apiTags } from "./openapi-paths.ts";
import { registryDescription, registryTitle } from "./registry-description.ts";

/** What a static host answers for a path that has no file, as every operation declares it. */
const notFoundResponse = {
  description:
    "No file at this address: an id or a page that does not exist, or a file a partial mirror lacks. A static host answers with its not-found page, which is HTML, not JSON: check the status, not the body. A renamed record's former id is not missing: it answers with a stub (200).",
  content: { "text/html": { schema: { type: "string" } } },
};

/** Everything but the paths and the schemas, the same in both documents. */
function documentHead({ site, catalog }: OutputContext) {
  return {
    openapi: "3.1.0",
    info: {
      title: registryTitle("open data API"),
      version: apiSchemaVersion,
      summary: "Static, read-only JSON, CSV, RSS and iCalendar files.",
      description: `${registryDescription(catalog)}: its organizations, events and sources. Every file is static: fetch it with a plain GET, no key needed. Data last changed ${catalog.dataUpdated}.`,
      contact: {
        name: "The registry's curators: corrections and questions",
        url: absoluteUrl(site, sitePaths.aboutPage),
      },
      license: { name: dataLicence.name, identifier: dataLicence.id },
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    servers: [{ url: site.baseUrl.replace(/\/$/, ""), description: "The published site" }],
    // Public files: no operation asks for credentials.
    security: [],
    tags: apiTags,
  };
}

/**
 * `api/v1/openapi.json`: an OpenAPI 3.1 description of every published file. The response
 * schemas are the files under `schemas/api/`, referred to rather than copied, by addresses
 * relative to this document.
 */
export function openapiDocument(context: OutputContext) {
  const schemaRef = (name: ResponseSchemaName) => ({ $ref: `../../schemas/api/${name}.schema.json` });
  return {
    ...documentHead(context),
    paths: apiPaths(schemaRef, apiExamples(context)),
    components: { responses: { notFound: notFoundResponse } },
  };
}

/**
 * `api/v1/openapi.bundle.json`: the same description with every schema it uses among its
 * components, for code generators and linters that read one downloaded file.
 */
export function openapiBundle(context: OutputContext) {
  const schemas = bundledSchemas();
  const paths = apiPaths(schemas.ref, apiExamples(context));
  return {
    ...documentHead(context),
    paths,
    components: { schemas: schemas.components(), responses: { notFound: notFoundResponse } },
  };
}
