import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { validateDataset } from "../validation/validate-dataset.ts";
import { collectionSizes, generateDataset, writeDataset } from "./generate-dataset.ts";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "registry-generate-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe("generateDataset", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    const texts = (seed: number) => [...generateDataset({ records: 50, seed })].map((file) => file.text);
    expect(texts(7)).toEqual(texts(7));
    expect(texts(7)).not.toEqual(texts(8));
  });

  it("splits records about 20% organizations, 75% events, 5% sources", () => {
    expect(collectionSizes(1000)).toEqual({ organizations: 200, sources: 50, events: 750 });
  });

  it("writes a dataset that validates clean, with some Chinese names", () => {
    const dir = path.join(scratch, "clean");
    expect(writeDataset(dir, { records: 400, seed: 3 }).files).toBe(400);
    const result = validateDataset({ dataDir: dir });
    expect(result.findings).toEqual([]);
    const organizations = [...result.dataset.records.organizations.values()];
    expect(organizations.some((record) => record.value.names.display["zh-Hans"])).toBe(true);
  });

  it("breaks about the requested share of records, each caught by validation", () => {
    const dir = path.join(scratch, "broken");
    const { invalid } = writeDataset(dir, { records: 400, seed: 5, invalidShare: 0.1 });
    expect(invalid.length).toBeGreaterThan(20);
    expect(invalid.length).toBeLessThan(60);
    const result = validateDataset({ dataDir: dir });
    const filesWithErrors = new Set(
      result.findings.filter((f) => f.severity === "error").map((f) => path.basename(f.file)),
    );
    for (const file of invalid) expect(filesWithErrors, `${file.id} (${file.damage})`).toContain(`${file.id}.json`);
  });
});
