import { covers } from "../../records/citation-coverage.ts";
import { publishedFieldValues, type FieldValue } from "../../records/field-values.ts";
import { isAtOrBeneath, joinPointer, pointerSegments } from "../../records/json-pointer.ts";
import type { LoadedRecord } from "../dataset.ts";
import type { Rule } from "../rule.ts";

export const fieldsCovered: Rule = {
  name: "fields-covered",
  description:
    "Every value an organization or event publishes is covered by a source citation: one without fields, or one that lists the field or a field above it.",
  scope: "record",
  check({ targets }, report) {
    for (const record of targets) {
      if (record.collection === "sources") continue;
      const { value } = record as LoadedRecord<"organizations" | "events">;
      const values = publishedFieldValues(record.collection, value);
      const isCovered = (field: FieldValue) => value.sources.some((citation) => covers(citation, field.pointer));
      for (const pointer of highestUncovered(values, isCovered)) {
        report(
          record,
          pointer,
          `${pointer} is not covered by any citation: list it in the "fields" of a citation whose source supports it, or leave it out`,
        );
      }
    }
  },
};

/**
 * The pointers to name for the uncovered values: for each, the highest field above it that no
 * citation covers any part of, so that a location without a source is one finding, not three.
 */
function highestUncovered(values: readonly FieldValue[], isCovered: (value: FieldValue) => boolean): string[] {
  const uncovered = new Set(values.filter((value) => !isCovered(value)));
  const beneath = (pointer: string) => values.filter((value) => isAtOrBeneath(value.pointer, pointer));
  const named = new Set<string>();
  for (const value of uncovered) {
    const segments = pointerSegments(value.pointer);
    for (let depth = 1; depth <= segments.length; depth++) {
      const pointer = joinPointer(...segments.slice(0, depth));
      if (beneath(pointer).every((each) => uncovered.has(each))) {
        named.add(pointer);
        break;
      }
    }
  }
  return [...named];
}
