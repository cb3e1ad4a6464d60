import { describe, expect, it } from "vitest";
import { canonicalize, formatCanonicalJson, keyOrderFor } from "./canonical-json.ts";

describe("canonical JSON", () => {
  const order = keyOrderFor("event");

  it("orders keys as the schema lists them, maps by code point, and unknown keys last", () => {
    const value = {
      zz: 1,
      sources: [{ fields: ["/title"], source: "a" }],
      title: { "zh-Hans": "标题", en: "Title" },
      id: "e",
    };
    expect(Object.keys(canonicalize(value, order) as object)).toEqual(["id", "title", "sources", "zz"]);
    expect(formatCanonicalJson(value, order)).toBe(
      '{\n  "id": "e",\n  "title": {\n    "en": "Title",\n    "zh-Hans": "标题"\n  },\n  "sources": [\n    {\n      "source": "a",\n      "fields": [\n        "/title"\n      ]\n    }\n  ],\n  "zz": 1\n}\n',
    );
  });

  it("keeps a __proto__ key as data", () => {
    const value = JSON.parse('{"id": "e", "__proto__": {"x": 1}}') as object;
    expect(formatCanonicalJson(value, order)).toContain('"__proto__"');
  });
});
