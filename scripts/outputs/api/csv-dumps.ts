import { stringify } from "csv-stringify/sync";
import type { CatalogEntry } from "../../catalog/catalog.ts";
import type { CollectionName } from "../../records/collections.ts";
import { csvColumns } from "../../contract/csv-columns.ts";
import { dumpEntries } from "./dumps.ts";
import { cacheSlot } from "../output-cache.ts";
import type { OutputContext } from "../output-context.ts";
import type { OutputPiece, PieceStream } from "../output.ts";

/**
 * Spreadsheets run a cell that starts with one of these as a formula; such text cells get a
 * leading apostrophe, as OWASP advises. Number and date columns are left alone, and so are lists,
 * whose JSON starts with `[`.
 */
const formulaStart = /^[=+\-@]/;

/**
 * A cell as written: empty for no value, a list as its JSON array, and a text that a spreadsheet
 * would run as a formula made safe.
 */
export function csvCell(value: unknown, type: string): string | number {
  if (value === undefined) return "";
  if (typeof value === "object") return JSON.stringify(value);
  if (typeof value === "string" && type === "string" && formulaStart.test(value)) return `'${value}`;
  return value as string | number;
}

/**
 * `api/v1/<collection>.csv`: one row per record, with the columns of `csv-columns.ts`, as pieces
 * made as they are written.
 */
export function csvDump(context: OutputContext, collection: CollectionName): PieceStream {
  return {
    *pieces() {
      yield stringify([csvColumns[collection].map((column) => column.name)], { record_delimiter: "unix" });
      for (const entry of dumpEntries(context.catalog, collection)) yield csvLine(context, entry);
    },
  };
}

/**
 * Each record's line, kept per catalog entry for rebuilds (see `OutputCache.piece`): a rebuild
 * after an edit formats only the lines it changed, and the dump is written from these pieces (see
 * `keptItem` in `dumps.ts`).
 */
const csvLines = cacheSlot<CatalogEntry, OutputPiece>("CSV lines", "rebuilds");

function csvLine(context: OutputContext, entry: CatalogEntry): OutputPiece {
  const cached = context.cache.get(csvLines, entry);
  if (cached !== undefined) return cached;
  const { site } = context;
  const row = csvColumns[entry.collection].map((column) =>
    csvCell(column.value(entry.record as never, entry, site), column.type),
  );
  return context.cache.keep(csvLines, entry, context.cache.piece(stringify([row], { record_delimiter: "unix" })));
}
