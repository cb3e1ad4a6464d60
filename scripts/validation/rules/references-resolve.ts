import { collectionNames, singularOf, type CollectionName } from "../../records/collections.ts";
import type { Dataset } from "../dataset.ts";
import { referencesOf } from "../../records/references.ts";
import { didYouMean } from "../suggest-closest.ts";
import type { Rule } from "../rule.ts";

export const referencesResolve: Rule = {
  name: "references-resolve",
  description:
    "Every id a record points at (parent, successor, participants, speakers, sources, publisher) has a record.",
  scope: "record",
  check({ dataset, targets }, report) {
    for (const record of targets) {
      for (const reference of referencesOf(record.collection, record.value)) {
        const known = dataset.knownIds[reference.collection];
        if (known.has(reference.id)) continue;
        const elsewhere = collectionNames.find(
          (other) => other !== reference.collection && dataset.knownIds[other].has(reference.id),
        );
        const renamedTo = renamedIds(dataset, reference.collection).get(reference.id);
        const hint = renamedTo
          ? ` (it was renamed to "${renamedTo}")`
          : elsewhere
            ? ` (there is ${articleFor(singularOf(elsewhere))} ${singularOf(elsewhere)} with that id)`
            : didYouMean(reference.id, known);
        report(record, reference.pointer, `no ${singularOf(reference.collection)} "${reference.id}"${hint}`);
      }
    }
  },
};

/** Former ids of a collection's records, mapped to the ids they have now. */
function renamedIds(dataset: Dataset, collection: CollectionName): Map<string, string> {
  const renamed = new Map<string, string>();
  for (const record of dataset.records[collection].values()) {
    for (const formerId of record.value.formerIds ?? []) renamed.set(formerId, record.id);
  }
  return renamed;
}

function articleFor(noun: string): string {
  return /^[aeiou]/.test(noun) ? "an" : "a";
}
