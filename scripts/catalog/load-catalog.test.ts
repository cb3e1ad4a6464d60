import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "../project-paths.ts";
import type { ValidationCache } from "../validation/validate-dataset.ts";
import { loadCatalog, loadValidCatalog } from "./load-catalog.ts";

const validDir = path.join(projectRoot, "tests/fixtures/valid");
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "registry-load-catalog-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const clusterFile = "organizations/fixture-cluster.json";

/** A copy of the valid fixtures, to edit. */
function copyOfValid(): string {
  const dir = fs.mkdtempSync(path.join(scratch, "data-"));
  fs.cpSync(validDir, dir, { recursive: true });
  return dir;
}

/** Sets the cluster's status, which the schema allows to be active, inactive or withdrawn only. */
function setClusterStatus(dataDir: string, status: string): void {
  const file = path.join(dataDir, clusterFile);
  fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace('"status": "inactive"', `"status": "${status}"`));
}

/** A copy of the valid fixtures with one file the schema refuses. */
function brokenCopy(): string {
  const dataDir = copyOfValid();
  setClusterStatus(dataDir, "dissolved");
  return dataDir;
}

/** Records the stages a load runs, in order. */
function stageLog() {
  const stages: string[] = [];
  const timed = <T>(stage: string, work: () => T): T => {
    stages.push(stage);
    return work();
  };
  return { stages, timed };
}

describe("loadCatalog", () => {
  it("refuses a data folder with an error, with its findings, and builds no catalog", () => {
    const dataDir = brokenCopy();
    const { stages, timed } = stageLog();
    const loaded = loadCatalog({ dataDir, timed });
    expect(loaded.ok).toBe(false);
    expect(loaded.errorCount).toBeGreaterThan(0);
    expect(loaded.findings).toContainEqual(
      expect.objectContaining({ file: expect.stringContaining(clusterFile), pointer: "/status", severity: "error" }),
    );
    expect(loaded).not.toHaveProperty("catalog");
    expect(stages).toEqual(["validate"]);
  });

  it("builds the catalog of a valid data folder, after validating it and reading its history", () => {
    const { stages, timed } = stageLog();
    const loaded = loadCatalog({ dataDir: validDir, timed });
    expect(loaded.ok).toBe(true);
    expect(loaded.errorCount).toBe(0);
    if (!loaded.ok) return;
    expect([...loaded.catalog.organizations.keys()]).toEqual([
      "fixture-association",
      "fixture-cluster",
      "fixture-department",
      "fixture-withdrawn",
    ]);
    expect(loaded.catalog.organizationRelations.get("fixture-association")!.children).toEqual(["fixture-department"]);
    expect(stages).toEqual(["validate", "history", "catalog"]);
  });

  it("after an edit, keeps the previous catalog's history and the published records of unchanged files", () => {
    const dataDir = copyOfValid();
    const cache: ValidationCache = new Map();
    const first = loadCatalog({ dataDir, cache });
    if (!first.ok) throw new Error(`the copy of ${validDir} does not validate`);
    setClusterStatus(dataDir, "active");
    const { stages, timed } = stageLog();
    const second = loadCatalog({ dataDir, cache, previous: first.catalog, timed });
    if (!second.ok) throw new Error(`the edited copy does not validate: ${JSON.stringify(second.findings)}`);
    expect(stages).toEqual(["validate", "catalog"]);
    expect(second.catalog.history).toBe(first.catalog.history);
    const record = (loaded: typeof first, id: string) => loaded.catalog.organizations.get(id)!.record;
    expect(record(second, "fixture-association")).toBe(record(first, "fixture-association"));
    expect(record(second, "fixture-cluster")).not.toBe(record(first, "fixture-cluster"));
    expect(record(second, "fixture-cluster").status).toBe("active");
  });
});

describe("loadValidCatalog", () => {
  it("throws naming the data folder when it does not validate", () => {
    const dataDir = brokenCopy();
    let message = "";
    try {
      loadValidCatalog(dataDir);
    } catch (error) {
      message = (error as Error).message;
    }
    // At the start: the findings after it name the folder's files, and with them the folder.
    expect(message.startsWith(`${dataDir} `)).toBe(true);
  });
});
