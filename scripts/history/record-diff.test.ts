import { describe, expect, it } from "vitest";
import { diffRecords } from "./record-diff.ts";

describe("diffRecords", () => {
  it("finds a changed field at the depth where it changed", () => {
    expect(diffRecords({ names: { display: { en: "A" } } }, { names: { display: { en: "B" } } })).toEqual([
      { pointer: "/names/display/en", change: "changed", before: "A", after: "B" },
    ]);
  });

  it("matches citations by their source: fields a citation gains are items added to its fields", () => {
    const before = { sources: [{ source: "article", fields: ["/names"] }, { source: "site" }] };
    const after = { sources: [{ source: "site" }, { source: "article", fields: ["/names", "/kind"] }] };
    expect(diffRecords(before, after)).toEqual([
      { pointer: "/sources/1/fields", change: "added", listItem: true, after: "/kind" },
    ]);
  });

  it("tells apart a source's stating citation and its inferring one", () => {
    const before = { sources: [{ source: "article", fields: ["/names", "/kind"] }] };
    const inferred = { source: "article", fields: ["/kind"], how: "inferred", reason: { en: "from the name" } };
    const after = { sources: [{ source: "article", fields: ["/names"] }, inferred] };
    expect(diffRecords(before, after)).toEqual([
      { pointer: "/sources/0/fields", change: "removed", listItem: true, before: "/kind" },
      { pointer: "/sources", change: "added", listItem: true, after: inferred },
    ]);
  });

  it("reports a citation added or removed whole, at the list", () => {
    expect(diffRecords({ sources: [{ source: "a" }] }, { sources: [{ source: "b" }] })).toEqual([
      { pointer: "/sources", change: "removed", listItem: true, before: { source: "a" } },
      { pointer: "/sources", change: "added", listItem: true, after: { source: "b" } },
    ]);
  });

  it("matches participants by organization and role, so a role changed is one removed and one added", () => {
    const before = { participants: [{ organization: "sast", role: "host" }] };
    const after = { participants: [{ organization: "sast", role: "co-host" }] };
    expect(diffRecords(before, after).map((field) => [field.change, field.pointer])).toEqual([
      ["removed", "/participants"],
      ["added", "/participants"],
    ]);
  });

  it("sees no change in text written plainly and later per language with the same words", () => {
    expect(diffRecords({ title: "Forum" }, { title: { en: "Forum" } })).toEqual([]);
    expect(diffRecords({ title: "Forum" }, { title: { en: "Forum", "zh-Hans": "论坛" } })).toHaveLength(1);
  });

  it("compares other lists as sets of whole items, whatever their order", () => {
    expect(diffRecords({ aliases: { en: ["A", "B"] } }, { aliases: { en: ["B", "A"] } })).toEqual([]);
    expect(diffRecords({ aliases: { en: ["A"] } }, { aliases: { en: ["A", "C"] } })).toEqual([
      { pointer: "/aliases/en", change: "added", listItem: true, after: "C" },
    ]);
  });

  it("leaves out the editor-only $schema", () => {
    expect(diffRecords({ $schema: "a" }, { $schema: "b" })).toEqual([]);
  });
});
