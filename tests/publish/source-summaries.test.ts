/**
 * Wherever a source is summarised (lists, relations, dumps), the summary carries the document's
 * own publication date, which the record's `updated` (a git date) is not, and says when the
 * source is withdrawn.
 */
import { describe, expect, it } from "vitest";
import { listFiles, readTreeFile, standardTrees, useBuiltTrees } from "./built-site.ts";

const built = useBuiltTrees(standardTrees);
const cases = standardTrees.map((spec) => [spec.name, spec] as const);

interface SourceSummary {
  type: "source";
  id: string;
  title: object;
  kind: string;
  links: object;
  status?: string;
  published?: string;
}

/** Every source summary in a parsed JSON value: an object of type "source" with a title, kind and links. */
function sourceSummariesIn(value: unknown, found: SourceSummary[] = []): SourceSummary[] {
  if (Array.isArray(value)) for (const item of value) sourceSummariesIn(item, found);
  else if (value && typeof value === "object") {
    const object = value as Record<string, unknown>;
    if (object.type === "source" && "title" in object && "kind" in object && "links" in object)
      found.push(object as unknown as SourceSummary);
    for (const item of Object.values(object)) sourceSummariesIn(item, found);
  }
  return found;
}

describe("source summaries", () => {
  it.each(cases)("%s: carry the source's published date wherever the record has one", (_, spec) => {
    const tree = built.get(spec);
    const summaries = listFiles(tree.dir)
      .filter((file) => file.startsWith("api/v1/") && file.endsWith(".json"))
      .flatMap((file) => sourceSummariesIn(JSON.parse(readTreeFile(tree, file))).map((summary) => ({ file, summary })));
    expect(summaries.length).toBeGreaterThan(0);
    const wrong = summaries
      .filter(({ summary }) => summary.published !== tree.records.sources.get(summary.id)!.published)
      .map(({ file, summary }) => `${file}: ${summary.id} published ${summary.published}`);
    expect(wrong).toEqual([]);
    const dated = [...tree.records.sources.values()].filter((source) => source.published).length;
    if (dated) expect(summaries.some(({ summary }) => summary.published)).toBe(true);
  });

  it.each(cases)("%s: say that a source is withdrawn, and nothing of a source in use", (_, spec) => {
    const tree = built.get(spec);
    const summaries = listFiles(tree.dir)
      .filter((file) => file.startsWith("api/v1/") && file.endsWith(".json"))
      .flatMap((file) => sourceSummariesIn(JSON.parse(readTreeFile(tree, file))).map((summary) => ({ file, summary })));
    const wrong = summaries
      .filter(({ summary }) => summary.status !== tree.records.sources.get(summary.id)!.status)
      .map(({ file, summary }) => `${file}: ${summary.id} status ${summary.status}`);
    expect(wrong).toEqual([]);
    if (spec.name.startsWith("hostile"))
      expect(summaries.some(({ summary }) => summary.status === "withdrawn")).toBe(true);
  });
});
