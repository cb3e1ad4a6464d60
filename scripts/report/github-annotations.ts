import type { Finding } from "../validation/finding.ts";

/**
 * GitHub Actions workflow commands that show each finding inline on the pull request's diff.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
export function formatAnnotation(finding: Finding): string {
  const properties = [
    `file=${escapeProperty(finding.file)}`,
    `line=${finding.line}`,
    `col=${finding.column}`,
    `title=${escapeProperty(finding.rule)}`,
  ].join(",");
  const pointer = finding.pointer === "" ? "" : `${finding.pointer}  `;
  const fix = finding.fixCommand ? ` (fixable: run \`${finding.fixCommand}\`)` : "";
  return `::${finding.severity} ${properties}::${escapeData(`${pointer}${finding.message}${fix}`)}`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
