import type { Catalog } from "../../catalog/catalog.ts";
import { compareCodePoints } from "../../text/code-point-order.ts";
import { absoluteUrl, type SiteConfig } from "../../site-config.ts";
import type { OutputFile } from "../output-tree.ts";
import { sitePaths } from "../site-paths.ts";
import { apiSchemaVersion } from "./api-contract.ts";

/**
 * `api/v1/manifest.json`: every other published file with its size and SHA-256, the data
 * commit and the schema version, so that a mirror or an offline copy can be checked.
 */
export function manifestDocument(site: SiteConfig, catalog: Catalog, files: ReadonlyMap<string, OutputFile>) {
  const entries = [...files]
    .filter(([sitePath]) => sitePath !== sitePaths.apiManifest)
    .sort(([a], [b]) => compareCodePoints(a, b))
    .map(([path, file]) => ({ path, size: file.size, sha256: file.sha256 }));
  return {
    $schema: absoluteUrl(site, sitePaths.responseSchema("manifest")),
    schemaVersion: apiSchemaVersion,
    updated: catalog.dataUpdated,
    dataCommit: catalog.history.dataCommit ?? null,
    baseUrl: site.baseUrl,
    totalFiles: entries.length,
    totalBytes: entries.reduce((sum, entry) => sum + entry.size, 0),
    files: entries,
  };
}
