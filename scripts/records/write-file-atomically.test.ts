import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { writeFileAtomically } from "./write-file-atomically.ts";

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "registry-atomic-"));
const target = path.join(folder, "record.json");

afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder);
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

const isRoot = process.getuid?.() === 0;
if (!isRoot) console.warn("skipped: keeping another user's ownership needs root, and these tests do not run as root");

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

  it("keeps the file's mode, which a new file would not get under the umask", () => {
    fs.writeFileSync(target, "old\n");
    fs.chmodSync(target, 0o604);
    const previous = process.umask(0o022);
    try {
      writeFileAtomically(target, "new\n");
    } finally {
      process.umask(previous);
    }
    expect(fs.statSync(target).mode & 0o7777).toBe(0o604);
  });

  it.skipIf(!isRoot)("keeps the file's owner and group", () => {
    fs.writeFileSync(target, "old\n");
    fs.chownSync(target, 4321, 4322);
    writeFileAtomically(target, "new\n");
    expect(fs.statSync(target)).toMatchObject({ uid: 4321, gid: 4322 });
  });

  it("writes the file under its own name where only root could keep the owner, and fails as root", () => {
    fs.writeFileSync(target, "old\n");
    vi.spyOn(fs, "chownSync").mockImplementation(() => {
      throw Object.assign(new Error("EPERM: operation not permitted, chown"), { code: "EPERM", syscall: "chown" });
    });
    const uid = vi.spyOn(process, "getuid").mockReturnValue(1000);
    writeFileAtomically(target, "new\n");
    expect(fs.readFileSync(target, "utf8")).toBe("new\n");
    uid.mockReturnValue(0);
    expect(() => writeFileAtomically(target, "newer\n")).toThrow(/^EPERM: operation not permitted, chown/);
    expect(fs.readFileSync(target, "utf8")).toBe("new\n");
    expect(fs.readdirSync(folder)).toEqual(["record.json"]);
  });

  it("refuses a file it may not write, in one line naming the file and its mode, before writing anything", () => {
    fs.writeFileSync(target, "old\n");
    fs.chmodSync(target, 0o444);
    vi.spyOn(fs, "accessSync").mockImplementation(() => {
      throw Object.assign(new Error(`EACCES: permission denied, access '${target}'`), {
        code: "EACCES",
        syscall: "access",
      });
    });
    let caught: unknown;
    try {
      writeFileAtomically(target, "new\n");
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({
      message: `${target}: left unchanged, because you have no permission to write it (mode 0444)`,
      code: "EACCES",
      syscall: "access",
    });
    expect(fs.readFileSync(target, "utf8")).toBe("old\n");
    expect(fs.readdirSync(folder)).toEqual(["record.json"]);
  });
});
