import { describe, expect, it } from "vitest";
import { compareCodePoints, sortByCodePoint, sortStringsByCodePoint } from "./code-point-order.ts";

describe("compareCodePoints", () => {
  it("orders ASCII as byte order does, unlike locale order", () => {
    expect(sortByCodePoint(["b", "B", "a", "A", "_"], (s) => s)).toEqual(["A", "B", "_", "a", "b"]);
  });

  it("puts astral characters after the rest of the BMP", () => {
    // U+1F600 (a surrogate pair in UTF-16) sorts after U+FF01 in code-point order.
    expect(compareCodePoints("\u{1F600}", "\uFF01")).toBeGreaterThan(0);
    expect(compareCodePoints("\uFF01", "\u{1F600}")).toBeLessThan(0);
    expect("\u{1F600}" < "\uFF01").toBe(true);
  });

  it("sorts prefixes first", () => {
    expect(compareCodePoints("ab", "abc")).toBeLessThan(0);
    expect(compareCodePoints("abc", "abc")).toBe(0);
  });

  it("sorts a list of strings the same way, with and without characters from U+D800 up", () => {
    const plain = ["events/b/index.html", "events/a/", "api/v1/all.json", "Z", "a", "events/a"];
    expect(sortStringsByCodePoint([...plain])).toEqual(sortByCodePoint(plain, (s) => s));
    const wide = [...plain, "\u{1F600}", "\uFF01", "a\uE000", "a\u{10000}", "\uD7FF"];
    const sorted = sortStringsByCodePoint([...wide]);
    expect(sorted).toEqual(sortByCodePoint(wide, (s) => s));
    expect(sorted.indexOf("\uFF01")).toBeLessThan(sorted.indexOf("\u{1F600}"));
    expect(sorted.indexOf("a\uE000")).toBeLessThan(sorted.indexOf("a\u{10000}"));
  });
});
