import { stringify } from "csv-stringify/sync";
import type { Catalog } from "../../catalog/catalog.ts";
import type { CollectionName } from "../../records/collections.ts";
import type { SiteConfig } from "../../site-config.ts";
import { csvColumns } from "./csv-columns.ts";
import { dumpOrder } from "./dumps.ts";

/**
 * Spreadsheets run a cell that starts with one of these as a formula; such text cells get a
 * leading apostrophe, as OWASP advises. Number columns are left alone.
 */
const formulaStart = /^[=+\-@]/;

/** `api/v1/<collection>.csv`: one row per record, with the columns of `csv-columns.ts`. */
export function csvDump(site: SiteConfig, catalog: Catalog, collection: CollectionName): string {
  const columns = csvColumns[collection];
  const rows = dumpOrder(catalog, collection).map((id) => {
    const entry = catalog[collection].get(id)!;
    return columns.map((column) => {
      const value = column.value(entry.record as never, entry, site);
      if (value === undefined) return "";
      if (typeof value === "string" && column.type === "string" && formulaStart.test(value)) return `'${value}`;
      return value;
    });
  });
  return stringify([columns.map((column) => column.name), ...rows], { record_delimiter: "unix" });
}
