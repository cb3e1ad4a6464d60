import { collectionNames } from "../../records/collections.ts";
import type { LoadedRecord } from "../dataset.ts";
import type { Rule } from "../rule.ts";

export const uniqueIds: Rule = {
  name: "unique-ids",
  description:
    "No two records of a collection claim the same id, and no former id is claimed twice or is a live record's id.",
  scope: "dataset",
  check({ dataset }, report) {
    for (const collection of collectionNames) {
      const claimedBy = new Map<string, LoadedRecord>();
      // A record whose id matches its file name keeps the id; the other claimant is reported.
      // So those come first, each group in file order (a partition, not a sort: nearly all match).
      const records = [...dataset.records[collection].values()];
      const claimants = [
        ...records.filter((record) => record.value.id === record.id),
        ...records.filter((record) => record.value.id !== record.id),
      ];
      for (const record of claimants) {
        const first = claimedBy.get(record.value.id);
        if (first) {
          report(record, "/id", `id "${record.value.id}" is already used by ${first.file}`);
        } else {
          claimedBy.set(record.value.id, record);
        }
      }
      const formerOwners = new Map<string, LoadedRecord>();
      for (const record of dataset.records[collection].values()) {
        ((record.value as { formerIds?: string[] }).formerIds ?? []).forEach((formerId, index) => {
          const pointer = `/formerIds/${index}`;
          const live = dataset.knownIds[collection].has(formerId) ? claimedBy.get(formerId) : undefined;
          const earlier = formerOwners.get(formerId);
          if (dataset.knownIds[collection].has(formerId)) {
            report(
              record,
              pointer,
              `former id "${formerId}" is the id of ${live?.file ?? "a record"}: an id that is in use cannot also redirect`,
            );
          } else if (earlier) {
            report(record, pointer, `former id "${formerId}" is already claimed by ${earlier.file}`);
          } else {
            formerOwners.set(formerId, record);
          }
        });
      }
    }
  },
};
