import { describe, expect, it } from "vitest";
import { compareCodePoints, sortByCodePoint } from "./code-point-order.ts";

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
});
