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
      if (status !== "withdrawn" || successor === undefined) continue;
      const target = dataset.records[record.collection].get(successor);
      const targetValue = target?.value as MaybeTombstone | undefined;
      if (targetValue?.status !== "withdrawn") continue;
      const onward = targetValue.successor ? `; point at "${targetValue.successor}" instead` : "";
      report(
        record,
        "/successor",
        `successor ${singularOf(record.collection)} "${successor}" is itself withdrawn${onward}`,
      );
    }
  },
};
