import { describe, expect, it } from "vitest";
import { escapeHtml } from "./escape-html.ts";

describe("escapeHtml", () => {
  it("escapes each character that can end text or a quoted attribute", () => {
    expect(escapeHtml(`R&D <b>"Lin-gang's"</b>`)).toBe("R&amp;D &lt;b&gt;&quot;Lin-gang&#39;s&quot;&lt;/b&gt;");
  });

  it("escapes every occurrence, not only the first", () => {
    expect(escapeHtml("a<b<c")).toBe("a&lt;b&lt;c");
  });

  it("escapes each string on its own, whatever came before it", () => {
    // A test that kept its place in the last string (a global regular expression) would miss this.
    expect(escapeHtml("abcdef<")).toBe("abcdef&lt;");
    expect(escapeHtml("<a")).toBe("&lt;a");
  });

  it("returns text with nothing to escape unchanged", () => {
    expect(escapeHtml("临港新片区 Lin-gang Special Area")).toBe("临港新片区 Lin-gang Special Area");
    expect(escapeHtml("")).toBe("");
  });
});
