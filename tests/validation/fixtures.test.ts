import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { collectionNames } from "../../scripts/records/collections.ts";
import { projectRoot } from "../../scripts/project-paths.ts";
import { compileRecordValidators } from "../../scripts/validation/compile-schemas.ts";
import { rules } from "../../scripts/validation/rules/index.ts";
import { validateDataset } from "../../scripts/validation/validate-dataset.ts";

const fixturesDir = path.join(projectRoot, "tests/fixtures");
const validDir = path.join(fixturesDir, "valid");
const invalidDir = path.join(fixturesDir, "invalid");
const expected = JSON.parse(fs.readFileSync(path.join(invalidDir, "expected-findings.json"), "utf8")) as Record<
  string,
  { file: string; line: number; column: number; pointer: string; rule: string; severity: string; message: string }[]
>;
const invalidFixtures = collectionNames.flatMap((collection) =>
  fs.readdirSync(path.join(invalidDir, collection)).map((name) => `${collection}/${name}`),
);

/** Every check of the loader, which each need a fixture that trips them. */
const loaderChecks = [
  "data-layout",
  "file-size",
  "byte-order-mark",
  "utf-8",
  "json-syntax",
  "nesting-depth",
  "duplicate-key",
  "proto-key",
  "unsafe-integer",
  "canonical-format",
  "unicode-nfc",
  "control-character",
  "lone-surrogate",
];

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "registry-fixtures-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** Validates the valid fixtures plus one invalid fixture, with paths shown relative to the dataset. */
function validateWith(fixture: string) {
  const dir = fs.mkdtempSync(path.join(scratch, "case-"));
  fs.cpSync(validDir, dir, { recursive: true });
  fs.copyFileSync(path.join(invalidDir, fixture), path.join(dir, fixture));
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    return validateDataset({ dataDir: dir });
  } finally {
    process.chdir(cwd);
  }
}

describe("schemas and rules against fixtures", () => {
  it("accept every valid fixture, as one dataset", () => {
    const result = validateDataset({ dataDir: validDir });
    expect(result.findings).toEqual([]);
    expect(result.files.length).toBeGreaterThanOrEqual(9);
  });

  it.each(collectionNames)("%s schema rejects an empty object", (collection) => {
    expect(compileRecordValidators()[collection]({})).toBe(false);
  });

  it("has an expectation for every invalid fixture and a fixture for every expectation", () => {
    expect(Object.keys(expected).sort()).toEqual([...invalidFixtures].sort());
  });

  it("has a failing fixture for every rule and every loader check", () => {
    const tripped = new Set(Object.values(expected).flatMap((findings) => findings.map((finding) => finding.rule)));
    // Rules that compare with a base revision are tested against git in tests/history.
    const fileRules = rules.filter((rule) => !rule.needsBaseline).map((rule) => rule.name);
    for (const name of [...loaderChecks, "schema", ...fileRules]) {
      expect(tripped, `no fixture trips "${name}"`).toContain(name);
    }
  });

  it.each(invalidFixtures)("reports %s at the expected line, column and pointer", (fixture) => {
    const result = validateWith(fixture);
    const findings = result.findings.map(({ file, line, column, pointer, rule, severity, message }) => ({
      file,
      line,
      column,
      pointer,
      rule,
      severity,
      message,
    }));
    expect(findings).toEqual(expected[fixture]);
    const onlyWarnings = expected[fixture]!.every((finding) => finding.severity === "warning");
    expect(result.errorCount > 0).toBe(!onlyWarnings);
  });
});

describe("the published dataset", () => {
  it("validates clean", () => {
    const result = validateDataset({ dataDir: path.join(projectRoot, "data") });
    expect(result.findings).toEqual([]);
  });
});
