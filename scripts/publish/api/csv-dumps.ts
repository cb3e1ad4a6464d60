import { stringify } from "csv-stringify/sync";
import type { Catalog, CatalogEntry } from "../../catalog/catalog.ts";
import type { CollectionName } from "../../records/collections.ts";
import type { SiteConfig } from "../../site-config.ts";
import { csvColumns } from "./csv-columns.ts";
import { dumpEntries } from "./dumps.ts";
import { KeptPieces, pieceOf } from "../kept-pieces.ts";
import type { OutputPiece, PieceStream } from "../outputs/output.ts";

/**
 * Spreadsheets run a cell that starts with one of these as a formula; such text cells get a
 * leading apostrophe, as OWASP advises. Number columns are left alone.
 */
const formulaStart = /^[=+\-@]/;

/**
 * `api/v1/<collection>.csv`: one row per record, with the columns of `csv-columns.ts`, as pieces
 * made as they are written.
 */
export function csvDump(site: SiteConfig, catalog: Catalog, collection: CollectionName): PieceStream {
  return {
    *pieces() {
      yield stringify([csvColumns[collection].map((column) => column.name)], { record_delimiter: "unix" });
      for (const entry of dumpEntries(catalog, collection)) yield csvLine(site, entry);
    },
  };
}

/**
 * Each record's line, kept per catalog entry (see `pieceOf`): a rebuild after an edit formats only the
 * lines it changed, and the dump is written from these pieces (see `keptItem` in `dumps.ts`).
 */
const lineCache = new KeptPieces<CatalogEntry, { site: SiteConfig; line: OutputPiece }>();

function csvLine(site: SiteConfig, entry: CatalogEntry): OutputPiece {
  const cached = lineCache.get(entry);
  if (cached?.site === site) return cached.line;
  const row = csvColumns[entry.collection].map((column) => {
    const value = column.value(entry.record as never, entry, site);
    if (value === undefined) return "";
    if (typeof value === "string" && column.type === "string" && formulaStart.test(value)) return `'${value}`;
    return value;
  });
  const line = pieceOf(stringify([row], { record_delimiter: "unix" }));
  lineCache.set(entry, { site, line });
  return line;
}
