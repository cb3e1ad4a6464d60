import { describe, expect, it } from "vitest";
import { catalogOf, historyOf, sampleOrganization, sampleSource } from "../catalog/catalog.test-support.ts";
import type { ChangeEntry } from "../history/registry-history.ts";
import type { HistorySource } from "../history/record-dates.ts";
import { changeLines } from "./change-lines.ts";

/** A change of organization `a` on the given day of March 2024, naming it by its day. */
function changeOn(day: number): ChangeEntry {
  const date = `2024-03-${String(day).padStart(2, "0")}`;
  return {
    commit: `c${day}`,
    date: `${date}T23:30:00Z`,
    collection: "organizations",
    id: "a",
    change: "changed",
    fields: [{ pointer: "/founded", change: "added", after: date }],
    record: sampleOrganization("a"),
  };
}

function withChanges(changes: readonly ChangeEntry[]): HistorySource {
  return {
    ...historyOf(),
    changes,
    changesOf: (collection, id) => changes.filter((change) => change.collection === collection && change.id === id),
  };
}

describe("changeLines", () => {
  const records = { organizations: [sampleOrganization("a")], sources: [sampleSource("article")] };

  it("lists the ten newest changes, newest first, each dated by the day of its commit", () => {
    const oldestFirst = Array.from({ length: 12 }, (_, index) => changeOn(index + 1));
    const lines = changeLines(catalogOf(records, withChanges(oldestFirst)), "organizations", "a", "en");
    expect(lines.map((line) => line.date)).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3].map((day) => `${day} March 2024`));
    expect(lines[0]!.summary.text).toBe(`Organization “Organization a” (a) changed: founded: “2024-03-12” added.`);
  });

  it("dates changes in the page's language and marks the English summary on a Chinese page", () => {
    const catalog = catalogOf(records, withChanges([changeOn(5)]));
    const [english] = changeLines(catalog, "organizations", "a", "en");
    const [chinese] = changeLines(catalog, "organizations", "a", "zh-Hans");
    expect(english).toEqual({ date: "5 March 2024", summary: { text: english!.summary.text } });
    expect(chinese).toEqual({ date: "2024年3月5日", summary: { text: english!.summary.text, lang: "en" } });
  });

  it("shows only the changes of the record asked for", () => {
    const catalog = catalogOf(records, withChanges([changeOn(5)]));
    expect(changeLines(catalog, "sources", "article", "en")).toEqual([]);
    expect(changeLines(catalog, "organizations", "a", "en")).toHaveLength(1);
  });
});
