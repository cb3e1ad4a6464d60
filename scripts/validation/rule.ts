import type { Severity } from "./finding.ts";
import type { Dataset, LoadedRecord } from "./dataset.ts";
import type { Baseline } from "../history/baseline.ts";

export interface RuleContext {
  dataset: Dataset;
  /** The records to check: all of them, or only those a commit changes. */
  targets: readonly LoadedRecord[];
  /** The data at the base of the change being checked, when there is one. */
  baseline?: Baseline;
}

export interface RuleReportOptions {
  severity?: Severity;
  /** Point at the property's key rather than its value. */
  target?: "value" | "key";
}

export type RuleReport = (record: LoadedRecord, pointer: string, message: string, options?: RuleReportOptions) => void;

/**
 * An integrity rule that JSON Schema cannot express. `record` rules look at one record at a
 * time (and may look up others); `dataset` rules need every record, so a check of a few
 * changed files skips them.
 */
export interface Rule {
  name: string;
  description: string;
  scope: "record" | "dataset";
  /** Set when the rule compares with a base revision, and so checks nothing without one. */
  needsBaseline?: boolean;
  check(context: RuleContext, report: RuleReport): void;
}
