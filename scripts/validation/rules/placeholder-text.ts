import { placeholderTexts } from "../../records/skeletons.ts";
import { joinPointer } from "../../records/json-pointer.ts";
import type { Rule } from "../rule.ts";

export const placeholderText: Rule = {
  name: "placeholder-text",
  description: "No text that `npm run new` wrote as a placeholder is left in a record.",
  scope: "record",
  check({ targets }, report) {
    for (const record of targets) {
      for (const path of placeholderPaths(record.value, [])) {
        report(record, joinPointer(...path), "still holds the placeholder written by `npm run new`: replace it", {
          severity: "warning",
        });
      }
    }
  },
};

/** Paths of placeholder strings; pointers are only built for the rare hit. */
function placeholderPaths(value: unknown, path: (string | number)[]): (string | number)[][] {
  if (typeof value === "string") return placeholderTexts.has(value) ? [[...path]] : [];
  if (value === null || typeof value !== "object") return [];
  const found: (string | number)[][] = [];
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      found.push(...placeholderPaths(value[index], path));
      path.pop();
    }
  } else {
    for (const key in value) {
      path.push(key);
      found.push(...placeholderPaths((value as Record<string, unknown>)[key], path));
      path.pop();
    }
  }
  return found;
}
