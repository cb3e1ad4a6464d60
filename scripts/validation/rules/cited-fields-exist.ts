import { joinPointer, valueAtPointer } from "../../records/json-pointer.ts";
import type { LoadedRecord } from "../dataset.ts";
import type { Rule } from "../rule.ts";

export const citedFieldsExist: Rule = {
  name: "cited-fields-exist",
  description: "The fields a source citation says it supports exist in the record.",
  scope: "record",
  check({ targets }, report) {
    for (const record of targets) {
      if (record.collection === "sources") continue;
      const { value } = record as LoadedRecord<"organizations" | "events">;
      value.sources.forEach((citation, citationIndex) => {
        citation.fields?.forEach((field, fieldIndex) => {
          if (valueAtPointer(value, field) === undefined) {
            report(
              record,
              joinPointer("sources", citationIndex, "fields", fieldIndex),
              `cites the field "${field}", which this record does not have`,
            );
          }
        });
      });
    }
  },
};
