import { describe, expect, it } from "vitest";
import type { Finding } from "../validation/finding.ts";
import { formatFinding, formatSummary } from "./format-findings.ts";

const reference: Finding = {
  file: "data/events/unveiling-2023.json",
  line: 14,
  column: 17,
  pointer: "/participants/2/organization",
  message: 'no organization "sast2" (did you mean "sast"?)',
  severity: "error",
  rule: "references-resolve",
};

describe("formatFinding", () => {
  it("prints file:line:col, the pointer and the message", () => {
    expect(formatFinding(reference)).toBe(
      'data/events/unveiling-2023.json:14:17  /participants/2/organization  no organization "sast2" (did you mean "sast"?)',
    );
  });

  it("marks warnings, whole-file findings and fixable ones", () => {
    expect(
      formatFinding({ ...reference, severity: "warning", pointer: "", fixCommand: "npm run format", message: "m" }),
    ).toBe("data/events/unveiling-2023.json:14:17  (file)  warning: m (fixable: run `npm run format`)");
  });

  it("writes control characters and line separators from the data as escapes, keeping the finding on one line", () => {
    const key = "note\u2028second\u2029third\u001b[2J\u0085";
    expect(
      formatFinding({
        ...reference,
        file: "data/events/a\nb.json",
        pointer: `/${key}`,
        message: `unknown property "${key}"`,
      }),
    ).toBe(
      'data/events/a\\u000ab.json:14:17  /note\\u2028second\\u2029third\\u001b[2J\\u0085  unknown property "note\\u2028second\\u2029third\\u001b[2J\\u0085"',
    );
  });
});

describe("formatSummary", () => {
  it("counts records when all is well", () => {
    expect(formatSummary([], { errorCount: 0, warningCount: 0, recordCount: 11 })).toBe("✔ 11 records valid");
  });

  it("counts errors, warnings, files and fixable findings", () => {
    const findings: Finding[] = [
      reference,
      { ...reference, file: "data/b.json", fixCommand: "npm run format" },
      { ...reference, severity: "warning" },
    ];
    expect(formatSummary(findings, { errorCount: 2, warningCount: 1, recordCount: 1 })).toBe(
      "✖ 2 errors and 1 warning in 2 files (1 record checked); 1 fixable with `npm run format`",
    );
  });
});
