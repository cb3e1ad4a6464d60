import { isWithdrawn } from "../../records/record-status.ts";
import type { Rule } from "../rule.ts";

export const sourceCited: Rule = {
  name: "source-cited",
  description: "Every source is cited by an organization or an event; an uncited source is likely a leftover.",
  scope: "dataset",
  check({ dataset }, report) {
    if (!dataset.complete) return;
    const cited = new Set<string>();
    for (const records of [dataset.records.organizations, dataset.records.events]) {
      for (const record of records.values()) {
        for (const citation of record.value.sources) cited.add(citation.source);
      }
    }
    for (const record of dataset.records.sources.values()) {
      if (!cited.has(record.id) && !isWithdrawn(record.value)) {
        report(record, "/id", `source "${record.id}" is not cited by any organization or event`, {
          severity: "warning",
        });
      }
    }
  },
};
