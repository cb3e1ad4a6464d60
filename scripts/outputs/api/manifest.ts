import { sortStringsByCodePoint } from "../../text/code-point-order.ts";
import { absoluteUrl } from "../../paths/site-config.ts";
import type { CheckedPart, MadeFile, PublishedFiles } from "../output.ts";
import { sitePaths } from "../../paths/site-paths.ts";
import { apiSchemaVersion } from "../../contract/api-contract.ts";
import type { OutputContext } from "../output-context.ts";

/**
 * `api/v1/manifest.json`: every other published file with its size and SHA-256, the data
 * commit and the schema version, so that a mirror or an offline copy can be checked.
 *
 * At 100,000 records it lists half a million files, and it is made at the end of a build, when
 * the most is in memory. So it is streamed: one piece per file, made as it is written, and
 * each entry checked on its own against `manifest-file`, as the records of `all.json` are.
 * Only the sorted list of paths is held.
 */
export function manifestFile(context: OutputContext, files: PublishedFiles): MadeFile {
  const { site, catalog } = context;
  const paths = sortStringsByCodePoint([...files.keys()].filter((sitePath) => sitePath !== sitePaths.apiManifest));
  const totalBytes = files.totalBytes() - (files.get(sitePaths.apiManifest)?.size ?? 0);
  // Checked with its list of files left empty: the entries are checked one by one.
  const document = {
    $schema: absoluteUrl(site, sitePaths.responseSchema("manifest")),
    schemaVersion: apiSchemaVersion,
    updated: catalog.dataUpdated,
    dataCommit: catalog.history.dataCommit ?? null,
    baseUrl: site.baseUrl,
    totalFiles: paths.length,
    totalBytes,
    files: [],
  };
  // `files` is the last key: the document's text up to its opening bracket, then the entries.
  const opening = JSON.stringify(document).slice(0, -"]}".length);
  const entry = (sitePath: string) => {
    const { size, sha256 } = files.get(sitePath)!;
    return { path: sitePath, size, sha256 };
  };
  return {
    content: {
      *pieces() {
        yield opening;
        for (const [index, sitePath] of paths.entries()) {
          // What `JSON.stringify(entry(sitePath))` gives, without making the entry: half a million of them.
          const { size, sha256 } = files.get(sitePath)!;
          yield `${index === 0 ? "" : ","}{"path":${JSON.stringify(sitePath)},"size":${size},"sha256":"${sha256}"}`;
        }
        yield "]}\n";
      },
    },
    document,
    parts: (function* (): Generator<CheckedPart> {
      for (const [index, sitePath] of paths.entries()) {
        yield { pointer: `/files/${index}`, schema: "manifest-file", document: entry(sitePath), once: true };
      }
    })(),
  };
}
