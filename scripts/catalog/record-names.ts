import { nameOf, type RecordNames } from "../history/describe-change.ts";
import type { Catalog } from "./catalog.ts";

/** The English names of the catalog's records, for descriptions of changes that mention them. */
export function recordNames(catalog: Catalog): RecordNames {
  return (collection, id) => {
    const current = catalog.formerIds[collection].get(id) ?? id;
    const entry = catalog[collection].get(current);
    return entry ? nameOf(entry.record) : undefined;
  };
}
