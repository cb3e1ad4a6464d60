/**
 * The self-contained OpenAPI document passes two independent linters with nothing to report:
 * Spectral with its `spectral:oas` rules and Redocly with its `recommended` ones. Each reads it as
 * served, and as a downloaded copy alone in a folder, where a `$ref` to another file would lead
 * nowhere. `-F hint` makes Spectral count every finding, hints included.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project-paths.ts";
import { feedsAtPrefix, hostileAtPrefix, realAtPrefix, useBuiltTrees } from "./built-site.ts";
import { useServedTrees } from "./served-trees.ts";

const run = promisify(execFile);
const trees = [realAtPrefix, feedsAtPrefix, hostileAtPrefix];
const built = useBuiltTrees(trees);
const served = useServedTrees(built, trees);
const bin = (name: string) => path.join(projectRoot, "node_modules/.bin", name);

/**
 * For each tree, the path of a copy of the bundle downloaded into a folder of its own; for the
 * real data, its served URL too. (A served copy differs from a downloaded one only in where a
 * `$ref` to another file would lead: once is enough.)
 */
let documents: string[] = [];

beforeAll(async () => {
  documents = [];
  for (const spec of trees) {
    const url = `${served.url(spec)}api/v1/openapi.bundle.json`;
    const response = await fetch(url);
    expect(response.status, url).toBe(200);
    const folder = fs.mkdtempSync(path.join(built.scratch, "downloaded-"));
    fs.writeFileSync(path.join(folder, "openapi.bundle.json"), await response.text());
    documents.push(...(spec === realAtPrefix ? [url] : []), path.join(folder, "openapi.bundle.json"));
  }
});

/** What a command printed, and its exit code, whether or not it failed. */
async function output(command: string, args: string[]): Promise<{ stdout: string; code: number }> {
  const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };
  try {
    const { stdout } = await run(command, args, { cwd: projectRoot, env, maxBuffer: 64 * 1024 * 1024 });
    return { stdout, code: 0 };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; code?: number };
    if (typeof failed.code !== "number") throw error;
    return { stdout: failed.stdout ?? "", code: failed.code };
  }
}

describe("the OpenAPI bundle, served and downloaded", () => {
  it("passes Spectral's spectral:oas rules with no finding at all", async () => {
    const args = ["lint", ...documents, "--ruleset", ".spectral.yaml", "--fail-severity", "hint", "--format", "json"];
    const { stdout, code } = await output(bin("spectral"), [...args, "--quiet"]);
    const findings = (JSON.parse(stdout) as { source: string; code: string; path: string[]; message: string }[]).map(
      (finding) => `${finding.source} ${finding.code} ${finding.path.join("/")}: ${finding.message}`,
    );
    expect(findings).toEqual([]);
    expect(code).toBe(0);
  });

  it("passes Redocly's recommended rules with no error and no warning", async () => {
    const { stdout } = await output(bin("redocly"), [
      "lint",
      ...documents,
      "--extends",
      "recommended",
      "--format",
      "json",
    ]);
    // One JSON report per document, each closing brace followed at once by the next report's opening one.
    const reports = stdout
      .trim()
      .split(/(?<=^\})(?=\{$)/m)
      .map((report) => JSON.parse(report) as RedoclyReport);
    expect(reports).toHaveLength(documents.length);
    const problems = reports.flatMap((report) =>
      report.problems.map(
        (problem) =>
          `${problem.location[0]?.source.ref} ${problem.ruleId} ${problem.location[0]?.pointer}: ${problem.message}`,
      ),
    );
    expect(problems).toEqual([]);
    expect(reports.map((report) => report.totals)).toEqual(
      documents.map(() => ({ errors: 0, warnings: 0, ignored: 0 })),
    );
  });
});

interface RedoclyReport {
  totals: { errors: number; warnings: number; ignored: number };
  problems: { ruleId: string; message: string; location: { source: { ref: string }; pointer: string }[] }[];
}
