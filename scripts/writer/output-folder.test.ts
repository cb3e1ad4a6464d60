import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { UsageError } from "../command-line.ts";
import { projectRoot } from "../project-paths.ts";
import { checkOutputFolder } from "./output-folder.ts";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "registry-output-folder-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const dataDir = path.join(scratch, "project", "data");
fs.mkdirSync(path.join(dataDir, "events"), { recursive: true });

function folder(name: string, files: Record<string, string> = {}): string {
  const dir = path.join(scratch, name);
  fs.mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const refusal = (outDir: string, data = dataDir) => {
  try {
    checkOutputFolder(outDir, data);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  return undefined;
};

describe("checkOutputFolder", () => {
  it("accepts a folder that does not exist yet, an empty one, and one a build made", () => {
    expect(refusal(path.join(scratch, "not-yet", "_site"))).toBeUndefined();
    expect(refusal(folder("empty"))).toBeUndefined();
    expect(refusal(folder("built", { "api/v1/manifest.json": "{}", "index.html": "" }))).toBeUndefined();
  });

  it("accepts the project's own output folder whatever it holds, as Eleventy on its own writes there", () => {
    const own = folder("own-site", { "index.html": "<!doctype html>" });
    expect(checkOutputFolder(own, dataDir, own)).toBeUndefined();
    expect(refusal(own)).toMatch(/it holds files that no build made/);
  });

  it("refuses a folder holding files no build made, which a build would delete", () => {
    const notes = folder("notes", { "notes.txt": "mine" });
    expect(refusal(notes)).toMatch(/: it holds files that no build made \(it has no api\/v1\/manifest\.json\)/);
    expect(fs.readFileSync(path.join(notes, "notes.txt"), "utf8")).toBe("mine");
  });

  it("refuses the data folder, a folder holding it, and a folder inside it", () => {
    expect(refusal(dataDir)).toMatch(/the data folder is in it/);
    expect(refusal(path.join(scratch, "project"))).toMatch(/the data folder is in it/);
    expect(refusal(path.join(dataDir, "site"))).toMatch(/it is inside the data folder/);
  });

  it("refuses the project and any folder holding it, whatever the data folder", () => {
    const elsewhere = folder("other-data");
    expect(refusal(projectRoot, elsewhere)).toMatch(/the project is in it/);
    expect(refusal(path.dirname(projectRoot), elsewhere)).toMatch(/the project is in it/);
    // Named first, also when the folder holds the data as well (the temporary folder may hold both).
    expect(refusal(path.parse(projectRoot).root, elsewhere)).toMatch(/the project is in it/);
  });

  it("sees through a symbolic link to the data folder", () => {
    const link = path.join(scratch, "link-to-project");
    fs.symlinkSync(path.join(scratch, "project"), link);
    expect(refusal(link)).toMatch(/the data folder is in it/);
    expect(refusal(path.join(link, "data", "site"))).toMatch(/it is inside the data folder/);
  });

  it("refuses a file", () => {
    fs.writeFileSync(path.join(scratch, "a-file"), "");
    expect(refusal(path.join(scratch, "a-file"))).toMatch(/it is a file, not a folder/);
  });

  it("does not take a sibling whose name begins with two dots for a parent", () => {
    const project = path.join(scratch, "project");
    expect(refusal(path.join(project, "..site"), path.join(project, "..data"))).toBeUndefined();
  });
});
