import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listRecordFiles } from "./list-record-files.ts";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "record-listing-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe("listing record files", () => {
  it("refuses a symbolic link as a record, saying it is a link, and lists the regular files", () => {
    const dataDir = fs.mkdtempSync(path.join(scratch, "data-"));
    fs.mkdirSync(path.join(dataDir, "events"));
    fs.writeFileSync(path.join(dataDir, "events/forum.json"), "{}\n");
    fs.symlinkSync("forum.json", path.join(dataDir, "events/forum-copy.json"));
    const listing = listRecordFiles(dataDir);
    expect(listing.files.map((file) => file.id)).toEqual(["forum"]);
    expect(listing.misplaced.map((entry) => entry.message)).toEqual([
      '"forum-copy.json" in events/ is a symbolic link: a record must be a regular file, so copy or move the record itself here',
    ]);
  });

  it("still calls a folder a folder", () => {
    const dataDir = fs.mkdtempSync(path.join(scratch, "data-"));
    fs.mkdirSync(path.join(dataDir, "events/forum"), { recursive: true });
    expect(listRecordFiles(dataDir).misplaced.map((entry) => entry.message)).toEqual([
      "unexpected folder in events/: each record is one <id>.json file",
    ]);
  });

  it("names a hidden .json file, in the data folder or a collection, and passes over the tools' hidden files", () => {
    const dataDir = fs.mkdtempSync(path.join(scratch, "data-"));
    fs.mkdirSync(path.join(dataDir, "events/.drafts"), { recursive: true });
    fs.writeFileSync(path.join(dataDir, "events/forum.json"), "{}\n");
    for (const name of ["events/.forum.json", ".sources.json", "events/.DS_Store", "events/.gitkeep"]) {
      fs.writeFileSync(path.join(dataDir, name), "{}\n");
    }
    // What an interrupted rewrite of forum.json leaves behind.
    fs.writeFileSync(path.join(dataDir, "events/.forum.json.1234.tmp"), "{");
    const listing = listRecordFiles(dataDir);
    expect(listing.files.map((file) => file.id)).toEqual(["forum"]);
    expect(listing.misplaced).toEqual([
      {
        file: path.join(dataDir, ".sources.json"),
        message:
          '".sources.json" is a hidden file, which is never read as a record: rename it to <id>.json, or remove it',
      },
      {
        file: path.join(dataDir, "events/.forum.json"),
        message:
          '".forum.json" is a hidden file, which is never read as a record: rename it to <id>.json, or remove it',
      },
    ]);
  });
});
