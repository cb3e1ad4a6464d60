import { collectionNames, singularOf } from "../../records/collections.ts";
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
        const hint = elsewhere
          ? ` (there is ${articleFor(singularOf(elsewhere))} ${singularOf(elsewhere)} with that id)`
          : didYouMean(reference.id, known);
        report(record, reference.pointer, `no ${singularOf(reference.collection)} "${reference.id}"${hint}`);
      }
    }
  },
};

function articleFor(noun: string): string {
  return /^[aeiou]/.test(noun) ? "an" : "a";
}
