import {
  readResponseSchemaDocuments,
  readSchemaDocuments,
  schemaFileNames,
  responseSchemaNames,
  type SchemaNode,
} from "../../records/schema-documents.ts";
import { absoluteUrl, type SiteConfig } from "../../paths/site-config.ts";

export interface PublishedSchema {
  sitePath: string;
  text: string;
}

/**
 * The schemas as published at `schemas/…`: the same documents with their relative `$id`
 * made absolute under the site's base URL, so that they resolve wherever they are fetched.
 */
export function publishedSchemas(site: SiteConfig): PublishedSchema[] {
  const records = readSchemaDocuments();
  const responses = readResponseSchemaDocuments();
  const documents: SchemaNode[] = [
    ...schemaFileNames.map((name) => records[name]),
    ...responseSchemaNames.map((name) => responses[name]),
  ];
  return documents.map((document) => {
    const sitePath = `schemas/${document.$id!}`;
    return { sitePath, text: `${JSON.stringify({ ...document, $id: absoluteUrl(site, sitePath) }, null, 2)}\n` };
  });
}
