import type { CollectionName } from "../../records/collections.ts";
import { absoluteUrl } from "../../paths/site-config.ts";
import type { OutputContext } from "../output-context.ts";
import { sitePaths } from "../../paths/site-paths.ts";
import { apiSchemaVersion, recordTypeOf } from "../../contract/api-contract.ts";
import { summaryById } from "./summaries.ts";

/**
 * The document left at a former id's address (`api/v1/<collection>/<former>.json`): it says
 * where the record is now, so that links made before a rename keep working.
 */
export function movedDocument(context: OutputContext, collection: CollectionName, formerId: string) {
  const { site, catalog } = context;
  const currentId = catalog.formerIds[collection].get(formerId)!;
  return {
    $schema: absoluteUrl(site, sitePaths.responseSchema("moved")),
    schemaVersion: apiSchemaVersion,
    type: recordTypeOf[collection],
    id: formerId,
    status: "moved",
    movedTo: summaryById(context, collection, currentId),
    links: {
      self: absoluteUrl(site, sitePaths.apiRecord(collection, formerId)),
      location: absoluteUrl(site, sitePaths.apiRecord(collection, currentId)),
      html: absoluteUrl(site, sitePaths.recordPage(collection, currentId)),
    },
  };
}
