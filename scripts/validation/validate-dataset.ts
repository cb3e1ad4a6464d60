import fs from "node:fs";
import { collectionNames, perCollection, schemaNameOf } from "../records/collections.ts";
import { keyOrderFor, type KeyOrder } from "../records/canonical-json.ts";
import { listRecordFiles, type RecordFile } from "../records/list-record-files.ts";
import { createPointerLocator, type PointerLocator } from "../records/locate-pointer.ts";
import { parseRecordText, readRecordFile } from "../records/parse-record-text.ts";
import { compileRecordValidators, type RecordValidators } from "./compile-schemas.ts";
import type { Dataset, LoadedRecord, RecordMaps } from "./dataset.ts";
import { compareFindings, type Finding } from "./finding.ts";
import { rules as allRules } from "./rules/index.ts";
import type { Rule } from "./rule.ts";
import { describeSchemaErrors } from "./schema-findings.ts";
import { readBaseline } from "../history/baseline.ts";

export interface ValidateOptions {
  dataDir: string;
  /**
   * Check only these files (absolute paths) in full; the other files count only as existing
   * ids, and rules that need every record are skipped. For pre-commit checks.
   */
  only?: ReadonlySet<string>;
  rules?: readonly Rule[];
  /** A git revision to compare with (a pull request's base): deleted records and dropped former ids are refused. */
  base?: string;
  /**
   * What to check instead of a file's content on disk, by absolute path: the pre-commit check
   * gives the staged version of a file that also has unstaged changes, which is what the commit
   * holds.
   */
  contents?: ReadonlyMap<string, Uint8Array>;
  /**
   * What earlier runs found in each file, kept by a long-running process (the preview server):
   * a file whose size and modification time are unchanged is not read again.
   */
  cache?: ValidationCache;
}

/** Per file: its size and modification time when checked, and what the check found. */
export type ValidationCache = Map<string, { size: number; mtimeMs: number; check: RecordFileCheck }>;

export interface ValidationResult {
  dataset: Dataset;
  files: RecordFile[];
  findings: Finding[];
  errorCount: number;
  warningCount: number;
}

/** Reads, parses, schema-checks and rule-checks a data folder, collecting every finding. */
export function validateDataset(options: ValidateOptions): ValidationResult {
  const listing = listRecordFiles(options.dataDir);
  const findings: Finding[] = listing.misplaced.map(({ file, message }) => ({
    file,
    line: 1,
    column: 1,
    pointer: "",
    message,
    severity: "error",
    rule: "data-layout",
  }));
  const validators = compileRecordValidators();
  const orders = perCollection((name) => keyOrderFor(schemaNameOf[name]));
  const records = perCollection(() => new Map()) as RecordMaps;
  const locators = new Map<string, PointerLocator>();

  const checked = options.only ? listing.files.filter((file) => options.only!.has(file.absolutePath)) : listing.files;
  const seen = new Set<string>();
  for (const file of checked) {
    const given = options.contents?.get(file.absolutePath);
    const result = given
      ? checkRecordFile(file, given, validators, orders[file.collection])
      : checkFile(file, validators, orders[file.collection], options.cache);
    seen.add(file.absolutePath);
    findings.push(...result.findings);
    if (result.value !== undefined) {
      const record = {
        collection: file.collection,
        id: file.id,
        file: file.file,
        absolutePath: file.absolutePath,
        value: result.value,
      };
      (records[file.collection] as Map<string, LoadedRecord>).set(file.id, record as LoadedRecord);
    }
  }

  if (options.cache) for (const path of options.cache.keys()) if (!seen.has(path)) options.cache.delete(path);
  const knownIds = perCollection(
    (name) => new Set(listing.files.filter((file) => file.collection === name).map((file) => file.id)),
  );
  const loadedCount = collectionNames.reduce((sum, name) => sum + records[name].size, 0);
  const dataset: Dataset = { records, knownIds, complete: !options.only && loadedCount === listing.files.length };
  const targets = collectionNames.flatMap((name) => [...records[name].values()] as LoadedRecord[]);
  const rules = (options.rules ?? allRules).filter((rule) => !options.only || rule.scope === "record");
  const baseline = options.base ? readBaseline(options.dataDir, options.base) : undefined;
  for (const rule of rules) {
    rule.check(
      { dataset, targets, ...(baseline ? { baseline } : {}) },
      (record, pointer, message, reportOptions = {}) => {
        const locate = locatorFor(record, locators, options.contents);
        findings.push({
          file: record.file,
          ...locate(pointer, reportOptions.target),
          pointer,
          message,
          severity: reportOptions.severity ?? "error",
          rule: rule.name,
        });
      },
    );
  }
  findings.sort(compareFindings);
  const errorCount = findings.filter((finding) => finding.severity === "error").length;
  return { dataset, files: listing.files, findings, errorCount, warningCount: findings.length - errorCount };
}

/** Positions are looked up only for records with findings, by reading their file once more. */
function locatorFor(
  record: LoadedRecord,
  cache: Map<string, PointerLocator>,
  contents: ReadonlyMap<string, Uint8Array> | undefined,
): PointerLocator {
  if (!record.absolutePath) return () => ({ line: 1, column: 1 });
  let locate = cache.get(record.absolutePath);
  if (!locate) {
    const given = contents?.get(record.absolutePath);
    locate = createPointerLocator(
      given ? Buffer.from(given).toString("utf8") : fs.readFileSync(record.absolutePath, "utf8"),
    );
    cache.set(record.absolutePath, locate);
  }
  return locate;
}

function checkFile(
  file: RecordFile,
  validators: RecordValidators,
  order: KeyOrder,
  cache: ValidationCache | undefined,
): RecordFileCheck {
  if (!cache) return checkRecordFile(file, readRecordFile(file.absolutePath), validators, order);
  const stat = fs.statSync(file.absolutePath);
  const cached = cache.get(file.absolutePath);
  if (cached && cached.size === stat.size && cached.mtimeMs === stat.mtimeMs) return cached.check;
  const check = checkRecordFile(file, readRecordFile(file.absolutePath), validators, order);
  cache.set(file.absolutePath, { size: stat.size, mtimeMs: stat.mtimeMs, check });
  return check;
}

export interface RecordFileCheck {
  /** The record's value, when it parsed cleanly enough and passed its schema. */
  value: unknown;
  findings: Finding[];
}

/** Everything that can be checked about one file on its own: bytes, JSON, layout, text, schema. */
export function checkRecordFile(
  file: RecordFile,
  content: Uint8Array | string,
  validators: RecordValidators,
  order: KeyOrder,
): RecordFileCheck {
  const findings: Finding[] = [];
  const parsed = parseRecordText(content, order);
  for (const { rule, fixCommand, ...position } of parsed.problems) {
    findings.push({ file: file.file, ...position, severity: "error", rule, ...(fixCommand ? { fixCommand } : {}) });
  }
  if (parsed.value === undefined) return { value: undefined, findings };
  const validate = validators[file.collection];
  if (validate(parsed.value)) return { value: parsed.value, findings };
  const locate = createPointerLocator(parsed.text);
  for (const error of describeSchemaErrors(validate.errors ?? [])) {
    findings.push({
      file: file.file,
      ...locate(error.pointer, error.target),
      pointer: error.pointer,
      message: error.message,
      severity: "error",
      rule: "schema",
      ...(error.fixCommand ? { fixCommand: error.fixCommand } : {}),
    });
  }
  return { value: undefined, findings };
}
