import { placeholderTexts } from "../../records/skeletons.ts";
import { joinPointer } from "../../records/json-pointer.ts";
import type { Rule } from "../rule.ts";

export const placeholderText: Rule = {
  name: "placeholder-text",
  description:
    "No text that `npm run new` wrote as a placeholder is left in a record: it would be published as if it were the record's name or title.",
  scope: "record",
  check({ targets }, report) {
    for (const record of targets) {
      for (const path of placeholderPaths(record.value, [])) {
        report(record, joinPointer(...path), "still holds the placeholder written by `npm run new`: replace it");
      }
    }
  },
};

/** Paths of placeholder strings; pointers are only built for the rare hit, and nothing is allocated for the rest. */
function placeholderPaths(
  value: unknown,
  path: (string | number)[],
  found: (string | number)[][] = [],
): (string | number)[][] {
  if (typeof value === "string") {
    if (placeholderTexts.has(value)) found.push([...path]);
  } else if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      placeholderPaths(value[index], path, found);
      path.pop();
    }
  } else if (value !== null && typeof value === "object") {
    for (const key in value) {
      path.push(key);
      placeholderPaths((value as Record<string, unknown>)[key], path, found);
      path.pop();
    }
  }
  return found;
}
