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
});
