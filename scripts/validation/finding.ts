import { compareCodePoints } from "../text/code-point-order.ts";

export type Severity = "error" | "warning";

/** One problem in one data file, at a position a contributor can jump to. */
export interface Finding {
  /** Path of the file as shown to the contributor (relative to the working directory, with `/`). */
  file: string;
  /** 1-based line and column of the offending text. */
  line: number;
  column: number;
  /** JSON Pointer to the offending value; "" for the whole file. */
  pointer: string;
  message: string;
  severity: Severity;
  /** Name of the check that found it, such as `schema` or `references-resolve`. */
  rule: string;
  /** The command that repairs it mechanically, when there is one. */
  fixCommand?: string;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareCodePoints(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareCodePoints(a.pointer, b.pointer) ||
    compareCodePoints(a.message, b.message)
  );
}
