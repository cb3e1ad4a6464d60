import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { writeFileAtomically } from "./write-file-atomically.ts";

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "registry-atomic-"));
const target = path.join(folder, "record.json");

afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder);
});

function diskFull(): never {
  throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", syscall: "write" });
}

describe("writeFileAtomically", () => {
  it("replaces the file and leaves nothing else beside it", () => {
    fs.writeFileSync(target, "old\n");
    writeFileAtomically(target, "new\n");
    expect(fs.readFileSync(target, "utf8")).toBe("new\n");
    expect(fs.readdirSync(folder)).toEqual(["record.json"]);
  });

  it("keeps the old content whole when the disk fills up halfway through the write", () => {
    fs.writeFileSync(target, "old content\n");
    const write = fs.writeFileSync;
    vi.spyOn(fs, "writeFileSync").mockImplementation((file, data) => {
      write(file, String(data).slice(0, 3));
      diskFull();
    });
    expect(() => writeFileAtomically(target, "new content\n")).toThrow(
      `ENOSPC: no space left on device, write (while writing ${target}, which is unchanged)`,
    );
    expect(fs.readFileSync(target, "utf8")).toBe("old content\n");
    expect(fs.readdirSync(folder)).toEqual(["record.json"]);
  });

  it("keeps the system error's code and call, so that commands report it in one line", () => {
    fs.writeFileSync(target, "old\n");
    vi.spyOn(fs, "renameSync").mockImplementation(diskFull);
    let caught: unknown;
    try {
      writeFileAtomically(target, "new\n");
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code: "ENOSPC", syscall: "write" });
    expect(fs.readFileSync(target, "utf8")).toBe("old\n");
    expect(fs.readdirSync(folder)).toEqual(["record.json"]);
  });
});
