import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project-paths.ts";
import { validateDataset } from "../../scripts/validation/validate-dataset.ts";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "registry-new-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function dataCopy(): string {
  const dir = fs.mkdtempSync(path.join(scratch, "data-"));
  fs.cpSync(path.join(projectRoot, "data"), dir, { recursive: true });
  return dir;
}

function runNew(dataDir: string, ...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/new-record.ts", ...args, "--data", dataDir], {
    cwd: projectRoot,
    encoding: "utf8",
  });
}

describe("npm run new", () => {
  it.each([
    ["organization", "organizations"],
    ["event", "events"],
    ["source", "sources"],
  ])("writes a valid, canonical %s skeleton with $schema set", (kind, collection) => {
    const dir = dataCopy();
    const result = runNew(dir, kind, "fresh-record", "--source", "cast-website");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const text = fs.readFileSync(path.join(dir, collection, "fresh-record.json"), "utf8");
    expect(JSON.parse(text).$schema).toBe(`../../schemas/${kind}.schema.json`);
    // What remains is what the contributor has to do: replace the placeholders (which are
    // errors, so that none is published), support the status with a dated source (the website
    // cited here has no date), and cite a new source (a warning until then).
    const validation = validateDataset({ dataDir: dir });
    const rules = (severity: string) =>
      new Set(validation.findings.filter((finding) => finding.severity === severity).map((finding) => finding.rule));
    expect(rules("error")).toEqual(
      new Set(kind === "source" ? ["placeholder-text"] : ["placeholder-text", "status-source-dated"]),
    );
    expect(rules("warning")).toEqual(new Set(kind === "source" ? ["source-cited"] : []));
  });

  it("refuses an id that exists", () => {
    const result = runNew(dataCopy(), "organization", "sast", "--source", "cast-website");
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^error: .*organizations\/sast\.json already exists: choose another id\n$/);
  });

  it("refuses an id that is another record's former id, as its old address redirects there", () => {
    const dir = dataCopy();
    const sast = path.join(dir, "organizations/sast.json");
    const record = JSON.parse(fs.readFileSync(sast, "utf8")) as Record<string, unknown>;
    fs.writeFileSync(sast, JSON.stringify({ ...record, formerIds: ["shanghai-sast"] }));
    const result = runNew(dir, "organization", "shanghai-sast", "--source", "cast-website");
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^error: "shanghai-sast" is a former id of .*organizations\/sast\.json, and its old address redirects there: choose another id\n$/,
    );
    expect(fs.existsSync(path.join(dir, "organizations/shanghai-sast.json"))).toBe(false);
    // Former ids belong to their collection: an event may take the id.
    expect(runNew(dir, "event", "shanghai-sast", "--source", "cast-website").status).toBe(0);
  });

  it.each([
    [[], "say which kind of record: organization, event or source"],
    [["venue", "expo-hall"], '"venue" is not a kind of record: use organization, event or source'],
    [["event"], "give the new event's id"],
    [["event", "forum-2024", "extra"], "unexpected argument extra"],
  ])("refuses the arguments %j, says why and how the command is called", (args, message) => {
    const result = runNew(dataCopy(), ...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `error: ${message}\nusage: npm run new -- <organization|event|source> <id> [--source SOURCE-ID] [--data DIR]\n(\`--help\` lists the options)\n`,
    );
  });

  it("refuses an id that breaks the pattern", () => {
    const result = runNew(dataCopy(), "event", "Forum_2024", "--source", "cast-website");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('"Forum_2024" is not a valid id');
  });

  it("asks for a source, and suggests one for a typo", () => {
    const dir = dataCopy();
    expect(runNew(dir, "event", "forum-2024").stderr).toContain("must cite the source of its facts: add --source");
    expect(runNew(dir, "event", "forum-2024", "--source", "cast-websit").stderr).toBe(
      'error: no source "cast-websit" (did you mean "cast-website"?)\n',
    );
  });
});
