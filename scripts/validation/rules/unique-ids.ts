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
      // Every claimant of a former id is reported, each naming the others: which of them is wrong
      // is for the contributor to say, and the one just edited may come first or last.
      const formerClaims = new Map<string, { record: LoadedRecord; pointer: string }[]>();
      for (const record of dataset.records[collection].values()) {
        (record.value.formerIds ?? []).forEach((formerId, index) => {
          const pointer = `/formerIds/${index}`;
          if (dataset.knownIds[collection].has(formerId)) {
            const live = claimedBy.get(formerId);
            report(
              record,
              pointer,
              `former id "${formerId}" is the id of ${live?.file ?? "a record"}: an id that is in use cannot also redirect`,
            );
          } else {
            formerClaims.set(formerId, [...(formerClaims.get(formerId) ?? []), { record, pointer }]);
          }
        });
      }
      for (const [formerId, claims] of formerClaims) {
        if (claims.length < 2) continue;
        for (const { record, pointer } of claims) {
          const others = claims.filter((claim) => claim.record !== record).map((claim) => claim.record.file);
          report(record, pointer, `former id "${formerId}" is also claimed by ${others.join(" and ")}`);
        }
      }
    }
  },
};
