import { describe, expect, it } from "vitest";
import { xmlSafe } from "./xml-text.ts";

describe("xmlSafe", () => {
  it("drops the control characters and lone surrogates XML 1.0 cannot carry", () => {
    expect(xmlSafe("a\u0000b\u000Bc\uFFFEd\uD800e\uDC00f")).toBe("abcdef");
  });

  it("keeps tabs, line breaks and characters outside the BMP", () => {
    expect(xmlSafe("a\tb\nc\rd \u{1F600}")).toBe("a\tb\nc\rd \u{1F600}");
  });

  it("returns safe text unchanged, whatever came before it", () => {
    // A test that kept its place in the last string (a global regular expression) would miss this.
    expect(xmlSafe("abcdef\u0001")).toBe("abcdef");
    expect(xmlSafe("\u0001x")).toBe("x");
    expect(xmlSafe("临港")).toBe("临港");
  });
});
