import type { Finding } from "../validation/finding.ts";

/** `file:line:col  /pointer  message`, the form editors and terminals turn into links. */
export function formatFinding(finding: Finding): string {
  const pointer = finding.pointer === "" ? "(file)" : finding.pointer;
  const level = finding.severity === "warning" ? "warning: " : "";
  const fix = finding.fixCommand ? ` (fixable: run \`${finding.fixCommand}\`)` : "";
  return `${finding.file}:${finding.line}:${finding.column}  ${pointer}  ${level}${finding.message}${fix}`;
}

export interface SummaryCounts {
  errorCount: number;
  warningCount: number;
  recordCount: number;
}

export function formatSummary(findings: readonly Finding[], counts: SummaryCounts): string {
  if (findings.length === 0) return `✔ ${plural(counts.recordCount, "record")} valid`;
  const files = new Set(findings.map((finding) => finding.file)).size;
  const fixCommands = [...new Set(findings.flatMap((finding) => (finding.fixCommand ? [finding.fixCommand] : [])))];
  const fixable = findings.filter((finding) => finding.fixCommand).length;
  const parts = [plural(counts.errorCount, "error"), plural(counts.warningCount, "warning")];
  const tip = fixable ? `; ${fixable} fixable with ${fixCommands.map((command) => `\`${command}\``).join(" or ")}` : "";
  const mark = counts.errorCount ? "✖" : "⚠";
  return `${mark} ${parts.join(" and ")} in ${plural(files, "file")} (${plural(counts.recordCount, "record")} checked)${tip}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
