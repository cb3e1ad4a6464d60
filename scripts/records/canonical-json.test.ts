import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../project-paths.ts";
import { canonicalize, formatCanonicalJson, isCanonicalJson, keyOrderFor } from "./canonical-json.ts";
import { schemaNameOf, isCollectionName } from "./collections.ts";
import { firstTooDeepOffset } from "./nesting-depth.ts";

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

  it("tells a canonical text from one whose keys or layout are out of order, without formatting", () => {
    const canonical = formatCanonicalJson({ id: "e", title: { en: "T", "zh-Hans": "标" }, zz: 1, yy: 2 }, order);
    const cases = [
      canonical,
      canonical.replace('"en": "T",\n    "zh-Hans": "标"', '"zh-Hans": "标",\n    "en": "T"'),
      '{\n  "title": {\n    "en": "T"\n  },\n  "id": "e"\n}\n',
      '{\n  "id": "e",\n  "zz": 1,\n  "yy": 2\n}\n',
      '{\n  "id": "e",\n  "yy": 2,\n  "zz": 1\n}\n',
      '{\n  "id": "e"\n}',
      '{\n    "id": "e"\n}\n',
      '{"id": "e"}\n',
    ];
    for (const text of cases) {
      const value = JSON.parse(text) as unknown;
      expect(isCanonicalJson(value, text, order), text).toBe(formatCanonicalJson(value, order) === text);
    }
    expect(isCanonicalJson(JSON.parse(canonical), canonical, order)).toBe(true);
  });

  it("agrees with the canonical formatter on every record and fixture in the repository", () => {
    const folders = ["data", "tests/fixtures/valid", "tests/fixtures/invalid"].map((folder) =>
      path.join(projectRoot, folder),
    );
    let compared = 0;
    for (const folder of folders) {
      for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
        const collection = path.basename(entry.parentPath);
        if (!entry.isFile() || !entry.name.endsWith(".json") || !isCollectionName(collection)) continue;
        const text = fs.readFileSync(path.join(entry.parentPath, entry.name), "utf8");
        // The loader refuses such a file before anything formats it.
        if (firstTooDeepOffset(text) !== undefined) continue;
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch {
          continue;
        }
        const fileOrder = keyOrderFor(schemaNameOf[collection]);
        expect(isCanonicalJson(value, text, fileOrder), entry.name).toBe(
          formatCanonicalJson(value, fileOrder) === text,
        );
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(30);
  });
});
