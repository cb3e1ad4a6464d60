import { singularOf } from "../../records/collections.ts";
import { isWithdrawn } from "../../records/record-status.ts";
import type { Rule } from "../rule.ts";

export const tombstoneSuccessorLive: Rule = {
  name: "tombstone-successor-live",
  description: "A withdrawn record's successor is itself live, so that old links lead somewhere in one step.",
  scope: "record",
  check({ dataset, targets }, report) {
    for (const record of targets) {
      const { successor } = record.value;
      // A record that succeeds itself is a loop, which no-cycles names; it has nothing to add.
      if (!isWithdrawn(record.value) || successor === undefined || successor === record.id) continue;
      const target = dataset.records[record.collection].get(successor);
      if (!target || !isWithdrawn(target.value)) continue;
      const next = target.value.successor;
      const onward = next && next !== record.id ? `; point at "${next}" instead` : "";
      report(
        record,
        "/successor",
        `successor ${singularOf(record.collection)} "${successor}" is itself withdrawn${onward}`,
      );
    }
  },
};
