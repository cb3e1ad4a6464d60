import { collectionNames, perCollection, type CollectionName, type RecordTypes } from "../records/collections.ts";
import type { Dataset, LoadedRecord, RecordMaps } from "./dataset.ts";
import type { Rule, RuleReportOptions } from "./rule.ts";
import type { Baseline } from "../history/baseline.ts";

export type RecordValues = { [C in CollectionName]?: RecordTypes[C][] };

/** A dataset built from values, with no files: how rule tests and tools feed rules directly. */
export function inMemoryDataset(values: RecordValues, extraKnownIds: RecordValues = {}): Dataset {
  const records = perCollection(() => new Map()) as RecordMaps;
  for (const collection of collectionNames) {
    for (const value of values[collection] ?? []) {
      const map = records[collection] as Map<string, LoadedRecord>;
      map.set(value.id, { collection, id: value.id, file: `data/${collection}/${value.id}.json`, value });
    }
  }
  const knownIds = perCollection(
    (name) => new Set([...records[name].keys(), ...(extraKnownIds[name] ?? []).map((value) => value.id)]),
  );
  return { records, knownIds, complete: true };
}

export interface ReportedFinding {
  file: string;
  pointer: string;
  message: string;
  severity: "error" | "warning";
}

/** Runs one rule over every record of an in-memory dataset and returns what it reported. */
export function runRule(rule: Rule, dataset: Dataset, baseline?: Baseline): ReportedFinding[] {
  const findings: ReportedFinding[] = [];
  const targets = collectionNames.flatMap((name) => [...dataset.records[name].values()] as LoadedRecord[]);
  rule.check(
    { dataset, targets, ...(baseline ? { baseline } : {}) },
    (record, pointer, message, options: RuleReportOptions = {}) => {
      findings.push({ file: record.file, pointer, message, severity: options.severity ?? "error" });
    },
  );
  return findings;
}
