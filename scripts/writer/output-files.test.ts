import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { OutputFiles } from "./output-files.ts";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("OutputFiles", () => {
  it("gives back each file's size and hash, past the point where its storage grows", () => {
    const files = new OutputFiles();
    for (let index = 0; index < 5000; index++)
      files.set(`pages/${index}.html`, { size: index, sha256: sha256(`${index}`) });
    expect(files.size).toBe(5000);
    expect(files.get("pages/0.html")).toEqual({ size: 0, sha256: sha256("0") });
    expect(files.get("pages/4999.html")).toEqual({ size: 4999, sha256: sha256("4999") });
    expect(files.get("pages/5000.html")).toBeUndefined();
    expect(files.totalBytes()).toBe((4999 * 5000) / 2);
    expect([...files.keys()].slice(0, 2)).toEqual(["pages/0.html", "pages/1.html"]);
  });

  it("tells a changed hash from the same one, and replaces a file's entry in place", () => {
    const files = new OutputFiles();
    files.set("a.json", { size: 1, sha256: sha256("a") });
    expect(files.hasHash("a.json", sha256("a"))).toBe(true);
    expect(files.hasHash("a.json", sha256("b"))).toBe(false);
    expect(files.hasHash("b.json", sha256("a"))).toBe(false);
    files.set("a.json", { size: 2, sha256: sha256("b") });
    expect(files.size).toBe(1);
    expect(files.get("a.json")).toEqual({ size: 2, sha256: sha256("b") });
  });

  it("forgets a deleted file, and a file added later takes its place without disturbing the others", () => {
    const files = new OutputFiles();
    files.set("a", { size: 1, sha256: sha256("a") });
    files.set("b", { size: 2, sha256: sha256("b") });
    expect(files.delete("a")).toBe(true);
    expect(files.delete("a")).toBe(false);
    expect(files.has("a")).toBe(false);
    files.set("c", { size: 3, sha256: sha256("c") });
    expect(files.get("b")).toEqual({ size: 2, sha256: sha256("b") });
    expect(files.get("c")).toEqual({ size: 3, sha256: sha256("c") });
    expect(files.totalBytes()).toBe(5);
  });
});
