/**
 * `npm run change-summary`: a Markdown summary of what a change does to the records (added,
 * changed, renamed, removed, per collection) and the validator's warnings, for the GitHub Actions
 * job summary.
 */
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import { runCommand, type CommandHelp } from "./command-line.ts";
import { projectRoot } from "./project-paths.ts";
import { collectionNames, type CollectionName } from "./records/collections.ts";
import { formatFinding } from "./report/format-findings.ts";
import { validateDataset } from "./validation/validate-dataset.ts";
import { describeChange } from "./history/describe-change.ts";
import { changeBetween, type ChangeAt } from "./history/registry-history.ts";

type Change = "added" | "changed" | "renamed" | "removed";
const changeKinds: Change[] = ["added", "changed", "renamed", "removed"];

export interface RecordChange {
  change: Change;
  collection: CollectionName;
  id: string;
  from?: string;
  /** The change in words, as the changes feed and the record's page say it; absent where a version cannot be read. */
  summary?: string;
}

/** Record files a revision range adds, modifies, renames or deletes, from `git diff --name-status`. */
export function recordChanges(base: string, head = "HEAD", cwd = projectRoot): RecordChange[] {
  const output = execFileSync("git", ["diff", "--name-status", "-M", "--no-color", base, head, "--", "data/"], {
    cwd,
    encoding: "utf8",
    // A base missing from a shallow checkout is said in the summary itself; git's "fatal:" would only add noise to the log.
    stdio: ["ignore", "pipe", "ignore"],
  });
  const changes: RecordChange[] = [];
  for (const line of output.split("\n").filter(Boolean)) {
    const [status, first, second] = line.split("\t") as [string, string, string | undefined];
    const parse = (file: string) => /^data\/([a-z]+)\/([^/]+)\.json$/.exec(file);
    const target = parse(second ?? first);
    if (!target || !(collectionNames as readonly string[]).includes(target[1]!)) continue;
    const collection = target[1] as CollectionName;
    const change: Change = status.startsWith("A")
      ? "added"
      : status.startsWith("D")
        ? "removed"
        : status.startsWith("R")
          ? "renamed"
          : "changed";
    const from = change === "renamed" ? parse(first)?.[2] : undefined;
    const summary = describeFileChange(
      { commit: head, date: "", collection, id: target[2]!, ...(from ? { formerId: from } : {}) },
      change,
      change === "added" ? undefined : readVersion(base, first, cwd),
      change === "removed" ? undefined : readVersion(head, second ?? first, cwd),
    );
    changes.push({ change, collection, id: target[2]!, ...(from ? { from } : {}), ...(summary ? { summary } : {}) });
  }
  return changes;
}

/** A record file as it was at a revision, parsed; undefined when it is not JSON. */
function readVersion(revision: string, file: string, cwd: string): unknown {
  try {
    return JSON.parse(
      execFileSync("git", ["show", `${revision}:${file}`], {
        cwd,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      }),
    );
  } catch {
    return undefined;
  }
}

/** The change in the words of the changes feed; for a file whose values did not change, says so. */
function describeFileChange(at: ChangeAt, change: Change, before: unknown, after: unknown): string | undefined {
  if (change === "added" || change === "removed") {
    const record = change === "added" ? after : before;
    return record === undefined ? undefined : describeChange({ ...at, change, fields: [], record });
  }
  if (before === undefined || after === undefined) return undefined;
  const entry = changeBetween(at, before, after);
  return entry
    ? describeChange(entry)
    : `${describeChange({ ...at, change: "changed", fields: [], record: after }).slice(0, -1)}: only its layout, no value.`;
}

export function summaryMarkdown(
  changes: readonly RecordChange[],
  warnings: readonly string[],
  errorCount: number,
): string {
  const lines = ["### Records", ""];
  if (changes.length === 0) {
    lines.push("No record files changed.");
  } else {
    lines.push(`| | ${collectionNames.join(" | ")} |`, `| --- | ${collectionNames.map(() => "---:").join(" | ")} |`);
    for (const kind of changeKinds) {
      const counts = collectionNames.map(
        (collection) => changes.filter((c) => c.change === kind && c.collection === collection).length,
      );
      if (counts.some(Boolean)) lines.push(`| ${kind} | ${counts.join(" | ")} |`);
    }
    lines.push("");
    for (const change of changes.slice(0, 50)) {
      const from = change.from ? ` (was \`${change.from}\`)` : "";
      lines.push(
        `- ${change.change}: \`${change.collection}/${change.id}\`${from}${change.summary ? ` — ${change.summary}` : ""}`,
      );
    }
    if (changes.length > 50) lines.push(`- … and ${changes.length - 50} more`);
  }
  lines.push("", "### Validation", "");
  if (errorCount)
    lines.push(`✖ ${errorCount} error${errorCount === 1 ? "" : "s"}: see the annotations on the changed files.`);
  if (warnings.length) {
    // A fence longer than any run of backticks in the warnings, which can quote a record's text.
    const fence = "`".repeat(Math.max(3, ...warnings.map((warning) => longestBacktickRun(warning) + 1)));
    lines.push(`⚠ ${warnings.length} warning${warnings.length === 1 ? "" : "s"}:`, "", fence, ...warnings, fence);
  }
  if (!errorCount && !warnings.length) lines.push("✔ No errors or warnings.");
  return `${lines.join("\n")}\n`;
}

function longestBacktickRun(text: string): number {
  return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
}

const help: CommandHelp = {
  usage: "npm run change-summary -- [--base REV]",
  summary:
    "Prints a Markdown summary of what a change does to the records since REV (added, changed, renamed, removed) and the validator's warnings, for the GitHub Actions job summary.",
  options: {
    "--base REV":
      "the revision to compare with; without one, or with all zeros (a new branch's first push), every record counts as added",
  },
};

if (import.meta.url === `file://${process.argv[1]}`) {
  await runCommand(help, () => {
    const { values } = parseArgs({ options: { base: { type: "string", default: "" } } });
    // A new branch's first push has no "before" commit: then every record counts as added.
    const base =
      values.base && !/^0+$/.test(values.base)
        ? values.base
        : execFileSync("git", ["hash-object", "-t", "tree", "/dev/null"], { encoding: "utf8" }).trim();
    let changes: RecordChange[] = [];
    let note = "";
    try {
      changes = recordChanges(base);
    } catch {
      note = `The base revision ${base} is not in this checkout, so changes are not listed.\n\n`;
    }
    const validation = validateDataset({ dataDir: `${projectRoot}/data` });
    const warnings = validation.findings.filter((finding) => finding.severity === "warning").map(formatFinding);
    process.stdout.write(note + summaryMarkdown(changes, warnings, validation.errorCount));
    return 0;
  });
}
