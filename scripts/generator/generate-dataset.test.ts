import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "../project-paths.ts";
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

describe("npm run generate", () => {
  const generate = (...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/generate.ts", "--records", "20", ...args], {
      cwd: projectRoot,
      encoding: "utf8",
    });

  it("replaces an earlier dataset only when told to", () => {
    const out = path.join(scratch, "twice");
    expect(generate("--out", out).status).toBe(0);
    const again = generate("--out", out);
    expect(again.stderr).toBe(`error: ${out} holds a dataset: pass --force to replace it\n`);
    expect(again.status).toBe(2);
    expect(generate("--out", out, "--seed", "2", "--force").status).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(["events", "organizations", "sources"]);
  });

  it("never empties a folder holding anything but a dataset, even with --force", () => {
    const notes = path.join(scratch, "notes");
    fs.mkdirSync(path.join(notes, "events"), { recursive: true });
    fs.writeFileSync(path.join(notes, "plans.txt"), "mine");
    const result = generate("--out", notes, "--force");
    expect(result.stderr).toBe(`error: ${notes} holds more than a dataset: choose a new or empty folder\n`);
    expect(result.status).toBe(2);
    expect(fs.readFileSync(path.join(notes, "plans.txt"), "utf8")).toBe("mine");
  });

  it("says so when --out names a file", () => {
    const file = path.join(scratch, "a-file");
    fs.writeFileSync(file, "");
    const result = generate("--out", file);
    expect(result.stderr).toBe(`error: ${file} is a file, not a folder\n`);
    expect(result.status).toBe(2);
  });
});
