import { sourceDate, supportOf } from "../../records/citation-coverage.ts";
import { hasDatedStatus } from "../../records/dated-status.ts";
import type { LoadedRecord } from "../dataset.ts";
import type { Rule } from "../rule.ts";

export const statusSourceDated: Rule = {
  name: "status-source-dated",
  description:
    "A status that says how things stand (active, scheduled…) holds only as of a date: at least one source that supports it says when it was published (or updated), and pages show the status as of that date.",
  scope: "record",
  check({ dataset, targets }, report) {
    for (const record of targets) {
      if (record.collection === "sources" || !hasDatedStatus(record.value)) continue;
      const { value } = record as LoadedRecord<"organizations" | "events">;
      // A status no citation covers is reported by fields-covered.
      const { citations } = supportOf(value.sources, "/status");
      const sources = citations.map((citation) => dataset.records.sources.get(citation.source)?.value);
      // A source that is missing or invalid is reported by its own rule, and may well be dated.
      if (!sources.length || sources.some((source) => !source || sourceDate(source))) continue;
      const ids = [...new Set(citations.map((citation) => `"${citation.source}"`))].join(", ");
      report(
        record,
        "/status",
        `"${value.status}" holds only as of a date, and no source that supports it says when it was published: give ${ids} its "published" date, or cite a dated source for /status`,
      );
    }
  },
};
