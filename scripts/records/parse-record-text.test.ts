import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { keyOrderFor } from "./canonical-json.ts";
import { maxNestingDepth } from "./nesting-depth.ts";
import { maxRecordBytes, parseRecordText, readRecordFile } from "./parse-record-text.ts";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "record-file-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array | string): string {
  const target = path.join(scratch, name);
  fs.writeFileSync(target, bytes);
  return target;
}

const order = keyOrderFor("source");
const record = `${JSON.stringify({ id: "a", title: { en: "A", zh: "甲" } }, null, 2)}\n`;

describe("reading a record file", () => {
  it("gives text for valid UTF-8, and the same parse as its bytes", () => {
    const content = readRecordFile(file("plain.json", record));
    expect(content).toBe(record);
    expect(parseRecordText(content, order)).toEqual(parseRecordText(Buffer.from(record), order));
  });

  it("gives bytes whenever text could hide a problem: invalid UTF-8, a byte-order mark, U+FFFD, a large file", () => {
    const invalid = Buffer.concat([Buffer.from('{"id": "'), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n')]);
    const cases = {
      "invalid.json": [invalid, "utf-8"],
      "bom.json": [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(record)]), "byte-order-mark"],
      "large.json": [`{"id": "${"字".repeat(maxRecordBytes / 3)}"}\n`, "file-size"],
    } as const;
    for (const [name, [bytes, rule]] of Object.entries(cases)) {
      const content = readRecordFile(file(name, bytes));
      expect(content, name).toBeInstanceOf(Uint8Array);
      expect(
        parseRecordText(content, order).problems.map((problem) => problem.rule),
        name,
      ).toContain(rule);
    }
    // A real U+FFFD is read as bytes, and is then fine.
    const replacement = record.replace('"A"', '"A\uFFFD"');
    const content = readRecordFile(file("replacement.json", replacement));
    expect(content).toBeInstanceOf(Uint8Array);
    expect(parseRecordText(content, order).text).toBe(replacement);
  });
});

describe("nesting depth", () => {
  it("reports arrays nested thousands deep as a finding at the first level too many, instead of overflowing the stack", () => {
    const deep = `{\n  "id": "a",\n  "x": ${"[".repeat(2500)}${"]".repeat(2500)}\n}\n`;
    for (const content of [deep, Buffer.from(deep)]) {
      expect(parseRecordText(content, order)).toEqual({
        value: undefined,
        text: deep,
        problems: [
          {
            line: 3,
            column: 8 + maxNestingDepth - 1,
            pointer: "",
            rule: "nesting-depth",
            message: `arrays and objects nest more than ${maxNestingDepth} levels deep here; no record needs that many`,
          },
        ],
      });
    }
  });

  it("accepts nesting up to the limit", () => {
    const levels = maxNestingDepth - 1;
    const text = `{"id": "a", "x": ${"[".repeat(levels)}${"]".repeat(levels)}}`;
    expect(parseRecordText(text, order).problems.map((problem) => problem.rule)).toEqual(["canonical-format"]);
  });

  it("counts brackets inside strings as text", () => {
    const text = `{"id": "a", "x": "${"[".repeat(100)}\\"${"{".repeat(100)}"}`;
    expect(parseRecordText(text, order).problems.map((problem) => problem.rule)).toEqual(["canonical-format"]);
  });
});

describe("syntax errors a contributor often makes", () => {
  function syntaxProblem(text: string) {
    const { line, column, message } = parseRecordText(text, order).problems[0]!;
    return { line, column, message };
  }

  it("asks for a colon after a key, not a comma", () => {
    expect(syntaxProblem('{\n  "id": "a",\n  "kind" "report"\n}\n')).toEqual({
      line: 3,
      column: 10,
      message: "not valid JSON: Unexpected token String found. (is a colon missing after the key before it?)",
    });
    expect(syntaxProblem('{"title": {"en": "A"}, "kind" "report"}').message).toContain("is a colon missing");
  });

  it("still asks for a comma between values", () => {
    expect(syntaxProblem('{\n  "id": "a"\n  "kind": "report"\n}\n').message).toContain(
      "(is a comma missing before it?)",
    );
    expect(syntaxProblem('{"id": "a", "x": ["b" "c"]}').message).toContain("(is a comma missing before it?)");
  });

  it("points at the end of the line whose string is not closed, not at the next line", () => {
    expect(syntaxProblem('{\n  "id": "a",\n  "kind": "report,\n  "language": "en"\n}\n')).toEqual({
      line: 3,
      column: 19,
      message:
        'not valid JSON: a string runs past the end of this line; add its closing quote (") here, or write a line break inside text as \\n',
    });
  });

  it("advises a space for a tab, which no text may hold", () => {
    expect(syntaxProblem('{\n  "id": "a",\n  "kind": "re\tport"\n}\n')).toEqual({
      line: 3,
      column: 11,
      message: "not valid JSON: a tab inside a string; no text in a record may hold tabs: use a space",
    });
  });
});
