import type { Finding } from "../validation/finding.ts";

/**
 * `file:line:col  /pointer  message`, the form editors and terminals turn into links. The file
 * name, the pointer and the message may quote the data, which is made printable: one finding,
 * one line.
 */
export function formatFinding(finding: Finding): string {
  const pointer = finding.pointer === "" ? "(file)" : finding.pointer;
  const level = finding.severity === "warning" ? "warning: " : "";
  const fix = finding.fixCommand ? ` (fixable: run \`${finding.fixCommand}\`)` : "";
  return printable(`${finding.file}:${finding.line}:${finding.column}  ${pointer}  ${level}${finding.message}${fix}`);
}

/**
 * Characters from the data that would change how a finding's line reads: control characters
 * (an escape sequence recolours or rewrites the terminal, a line break splits the finding in
 * two) and the line and paragraph separators, at which editors and some terminals break the
 * line too.
 */
const unprintable = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** The text with each such character written `\uXXXX`, as JSON writes a control character. */
function printable(text: string): string {
  return text.replace(unprintable, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
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
