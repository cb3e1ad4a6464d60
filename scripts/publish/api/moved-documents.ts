import type { Catalog } from "../../catalog/catalog.ts";
import type { CollectionName } from "../../records/collections.ts";
import { absoluteUrl, type SiteConfig } from "../../site-config.ts";
import { sitePaths } from "../site-paths.ts";
import { apiSchemaVersion, recordTypeOf } from "./api-contract.ts";
import { summaryById } from "./summaries.ts";

/**
 * The document left at a former id's address (`api/v1/<collection>/<former>.json`): it says
 * where the record is now, so that links made before a rename keep working.
 */
export function movedDocument(site: SiteConfig, catalog: Catalog, collection: CollectionName, formerId: string) {
  const currentId = catalog.formerIds[collection].get(formerId)!;
  return {
    $schema: absoluteUrl(site, sitePaths.responseSchema("moved")),
    schemaVersion: apiSchemaVersion,
    type: recordTypeOf[collection],
    id: formerId,
    status: "moved",
    movedTo: summaryById(site, catalog, collection, currentId),
    links: {
      self: absoluteUrl(site, sitePaths.apiRecord(collection, formerId)),
      location: absoluteUrl(site, sitePaths.apiRecord(collection, currentId)),
      html: absoluteUrl(site, sitePaths.recordPage(collection, currentId)),
    },
  };
}
