import { singularOf, type CollectionName } from "../../records/collections.ts";
import type { Dataset, LoadedRecord } from "../dataset.ts";
import type { Rule } from "../rule.ts";

/** Ids that still answer in a collection: live records and the former ids they hold. */
function answeringIds(dataset: Dataset, collection: CollectionName): Set<string> {
  const ids = new Set(dataset.knownIds[collection]);
  for (const record of dataset.records[collection].values()) {
    for (const formerId of record.value.formerIds ?? []) ids.add(formerId);
  }
  return ids;
}

export const noSilentDeletion: Rule = {
  name: "no-silent-deletion",
  description:
    "Compared with the base of a change, no record disappears and no former id is dropped: old addresses must keep answering, through a tombstone or a former id.",
  scope: "dataset",
  needsBaseline: true,
  check({ dataset, baseline }, report) {
    if (!baseline) return;
    const placeholder = (collection: CollectionName, id: string, file: string): LoadedRecord =>
      ({ collection, id, file, value: {} }) as LoadedRecord;
    const answering = new Map<CollectionName, Set<string>>();
    const answers = (collection: CollectionName, id: string) => {
      if (!answering.has(collection)) answering.set(collection, answeringIds(dataset, collection));
      return answering.get(collection)!.has(id);
    };
    for (const deleted of baseline.deleted) {
      if (answers(deleted.collection, deleted.id)) continue;
      report(
        placeholder(deleted.collection, deleted.id, deleted.file),
        "",
        `this ${singularOf(deleted.collection)} file was deleted: keep it and set "status": "withdrawn" (with a "successor" if another record replaces it), so that its address keeps answering`,
      );
    }
    for (const renamed of baseline.renamed) {
      if (answers(renamed.collection, renamed.from)) continue;
      const record = dataset.records[renamed.collection].get(renamed.to);
      report(
        record ?? placeholder(renamed.collection, renamed.to, renamed.file),
        record ? "/id" : "",
        `renamed from "${renamed.from}": add "${renamed.from}" to "formerIds", so that its old address redirects here`,
      );
    }
    for (const former of baseline.formerIds) {
      if (answers(former.collection, former.formerId)) continue;
      const record = dataset.records[former.collection].get(former.id);
      report(
        record ?? placeholder(former.collection, former.id, former.file),
        record ? "/formerIds" : "",
        `the former id "${former.formerId}" was dropped: keep it in "formerIds", so that its old address keeps answering`,
      );
    }
  },
};
