import { singularOf } from "../../records/collections.ts";
import type { Rule } from "../rule.ts";

interface MaybeTombstone {
  status?: string;
  successor?: string;
}

export const tombstoneSuccessorLive: Rule = {
  name: "tombstone-successor-live",
  description: "A withdrawn record's successor is itself live, so that old links lead somewhere in one step.",
  scope: "record",
  check({ dataset, targets }, report) {
    for (const record of targets) {
      const { status, successor } = record.value as MaybeTombstone;
      // A record that succeeds itself is a loop, which no-cycles names; it has nothing to add.
      if (status !== "withdrawn" || successor === undefined || successor === record.id) continue;
      const target = dataset.records[record.collection].get(successor);
      const targetValue = target?.value as MaybeTombstone | undefined;
      if (targetValue?.status !== "withdrawn") continue;
      const next = targetValue.successor;
      const onward = next && next !== record.id ? `; point at "${next}" instead` : "";
      report(
        record,
        "/successor",
        `successor ${singularOf(record.collection)} "${successor}" is itself withdrawn${onward}`,
      );
    }
  },
};
