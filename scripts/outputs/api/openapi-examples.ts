import { createHash } from "node:crypto";
import { collectionNames, type CollectionName } from "../../records/collections.ts";
import { sitePaths } from "../../paths/site-paths.ts";
import { recordTypeOf } from "../../contract/api-contract.ts";
import type { OutputContext } from "../output-context.ts";
import { jsonText } from "../output.ts";
import { changesIndexDocument, changesPageDocument, historyDocument } from "./change-documents.ts";
import { apiIndexDocument, collectionDocument } from "./collection-documents.ts";
import { datapackageDocument } from "./datapackage.ts";
import { allRecordsDump, dumpEntries, dumpItem } from "./dumps.ts";
import { manifestFile } from "./manifest.ts";
import { movedDocument } from "./moved-documents.ts";
import { recordDocument } from "./record-documents.ts";

/** An OpenAPI Example Object. */
export interface Example {
  summary: string;
  description?: string;
  value: unknown;
}

/** Named examples of one response; empty where the data has nothing to show (no record of a collection). */
export type Examples = Record<string, Example>;

const cut = "The published file, cut to the first item of each of its lists.";

/** Lists cut to their first item, so that the OpenAPI document stays small however large the registry. */
function firstOnly<T>(items: readonly T[]): T[] {
  return items.slice(0, 1);
}

/**
 * The examples of the OpenAPI document's responses: the documents this build publishes, made
 * from the catalog as the files themselves are, with long lists cut to their first item.
 */
export function apiExamples(context: OutputContext) {
  const { catalog } = context;
  const firstLive = (collection: CollectionName) => catalog.liveIds[collection][0];
  const firstFormer = (collection: CollectionName) => catalog.formerIds[collection].keys().next().value;
  return {
    index: (): Examples => ({ index: { summary: "The entry point", value: apiIndexDocument(context) } }),

    collection(collection: CollectionName): Examples {
      const list = collectionDocument(context, collection);
      return { [collection]: { summary: `The list of ${collection}`, description: cut, value: firstItems(list) } };
    },

    record(collection: CollectionName): Examples {
      const type = recordTypeOf[collection];
      const id = firstLive(collection);
      const formerId = firstFormer(collection);
      return {
        ...(id && {
          [id]: { summary: `The ${type} "${id}"`, value: recordDocument(context, catalog[collection].get(id)!) },
        }),
        ...(formerId && {
          [formerId]: {
            summary: `The stub at "${formerId}", a former id`,
            value: movedDocument(context, collection, formerId),
          },
        }),
      };
    },

    history(collection: CollectionName): Examples {
      const id = firstLive(collection);
      if (!id) return {};
      const value = historyDocument(context, collection, id);
      return { [id]: { summary: `The history of the ${recordTypeOf[collection]} "${id}"`, value } };
    },

    changes: (): Examples => ({
      changes: { summary: "The newest changes", description: cut, value: firstItems(changesIndexDocument(context)) },
    }),

    changesPage: (): Examples => ({
      "page-1": { summary: "The oldest changes", description: cut, value: firstItems(changesPageDocument(context, 1)) },
    }),

    all(): Examples {
      const { document } = allRecordsDump(context) as { document: Record<string, unknown> };
      for (const collection of collectionNames) {
        const first = dumpEntries(catalog, collection).next();
        document[collection] = first.done ? [] : [dumpItem(first.value)];
      }
      return { all: { summary: "Every record", description: cut, value: document } };
    },

    datapackage: (): Examples => ({
      datapackage: { summary: "The Data Package", value: datapackageDocument(context) },
    }),

    manifest(): Examples {
      // The manifest is made from the files as written; the example lists the entry point alone.
      const index = jsonText(apiIndexDocument(context), "pretty");
      const size = Buffer.byteLength(index);
      const sha256 = createHash("sha256").update(index).digest("hex");
      const files = new Map<string, { size: number; sha256: string }>([[sitePaths.apiIndex, { size, sha256 }]]);
      const published = { keys: () => files.keys(), get: (path: string) => files.get(path), totalBytes: () => size };
      const { document } = manifestFile(context, published) as { document: Record<string, unknown> };
      return {
        manifest: {
          summary: "The manifest",
          description: "A manifest that lists the entry point alone: the published one lists every file.",
          value: { ...document, files: [{ path: sitePaths.apiIndex, size, sha256 }] },
        },
      };
    },
  };
}

export type ApiExamples = ReturnType<typeof apiExamples>;

function firstItems<T extends { items: readonly unknown[] }>(document: T): T {
  return { ...document, items: firstOnly(document.items) };
}
