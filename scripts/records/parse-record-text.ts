import { isUtf8 } from "node:buffer";
import fs from "node:fs";
import { parse as parseWithLocations, type AnyNode } from "@humanwhocodes/momoa";
import { isCanonicalJson, type KeyOrder } from "./canonical-json.ts";
import { describeLayoutDifference } from "./layout-difference.ts";
import { positionAt, positionAtByte, type Position } from "./text-position.ts";
import { firstInvalidUtf8Offset } from "./utf8.ts";
import { describeTextProblem } from "./text-problems.ts";
import { escapePointerSegment } from "./json-pointer.ts";
import { firstTooDeepOffset, maxNestingDepth } from "./nesting-depth.ts";
import { rawControlAdvice, syntaxHint, unclosedStringLineEnd } from "./syntax-hints.ts";

/** A record file larger than this is refused before parsing: no honest record comes near it. */
export const maxRecordBytes = 256 * 1024;

export interface TextProblem extends Position {
  pointer: string;
  message: string;
  rule: string;
  fixCommand?: string;
}

export interface ParsedRecordText {
  /** The parsed value, or undefined when the file cannot be read as one unambiguous JSON value. */
  value: unknown;
  text: string;
  problems: TextProblem[];
}

/** One command repairs everything mechanical: layout, key order, NFC, white space at the ends. */
const fixCommand = "npm run fix";

/**
 * Reads a record file as strict JSON. The fast path (JSON.parse, then a comparison with the
 * canonical layout) accepts nearly every file; anything unusual is parsed again with positions
 * so that each problem can be reported at its line and column.
 */
/**
 * A record file's content: as text when it is certainly valid UTF-8 without a byte-order mark
 * and under the size limit, which is nearly always; otherwise as bytes, for the checks that
 * need them. Reading as text is Node's fastest way to read a file (a quarter faster than
 * reading bytes and then decoding them, here), and every build reads every record.
 */
export function readRecordFile(absolutePath: string): string | Uint8Array {
  const text = fs.readFileSync(absolutePath, "utf8");
  // Invalid bytes decode to U+FFFD, so text without one came from valid UTF-8; at most three bytes per UTF-16 unit.
  if (text.length * 3 <= maxRecordBytes && text.charCodeAt(0) !== 0xfeff && !text.includes("\uFFFD")) return text;
  return fs.readFileSync(absolutePath);
}

/** Parses a record file's content: its bytes, or its text as `readRecordFile` gives it. */
export function parseRecordText(content: Uint8Array | string, order: KeyOrder): ParsedRecordText {
  if (typeof content === "string") return parseDecodedText(content, [], order);
  const bytes = content;
  if (bytes.length > maxRecordBytes) {
    return failed("", {
      line: 1,
      column: 1,
      pointer: "",
      rule: "file-size",
      message: `file is ${bytes.length} bytes, over the ${maxRecordBytes / 1024} KiB limit for one record`,
    });
  }
  const problems: TextProblem[] = [];
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    problems.push({
      line: 1,
      column: 1,
      pointer: "",
      rule: "byte-order-mark",
      message: "file starts with a byte-order mark; save it as UTF-8 without BOM",
      fixCommand,
    });
    body = bytes.subarray(3);
  }
  if (!isUtf8(body)) {
    const offset = firstInvalidUtf8Offset(body);
    const shown = [...body.subarray(offset, offset + 4)].map((b) => b.toString(16).toUpperCase().padStart(2, "0"));
    problems.push({
      ...positionAtByte(body, offset),
      pointer: "",
      rule: "utf-8",
      message: `invalid UTF-8 (bytes ${shown.join(" ")}); save the file as UTF-8`,
    });
    return { value: undefined, text: "", problems };
  }
  return parseDecodedText(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8"), problems, order);
}

function parseDecodedText(text: string, problems: TextProblem[], order: KeyOrder): ParsedRecordText {
  let parsed: JsonParseResult;
  try {
    parsed = { ok: true, value: JSON.parse(text) };
  } catch (error) {
    parsed = { ok: false, message: (error as Error).message };
  }
  if (parsed.ok && problems.length === 0 && !looksUnusual(text) && isCanonicalJson(parsed.value, text, order)) {
    return { value: parsed.value, text, problems };
  }
  const slow = parseSlowly(text, parsed, order);
  return { value: slow.value, text, problems: [...problems, ...slow.problems] };
}

type JsonParseResult = { ok: true; value: unknown } | { ok: false; message: string };

function failed(text: string, problem: TextProblem): ParsedRecordText {
  return { value: undefined, text, problems: [problem] };
}

/**
 * Cheap tests for what the canonical comparison cannot see: a `__proto__` key, escapes of
 * XML-invalid characters or lone surrogates, non-characters, and text that is not NFC.
 */
const unusualEscape = /\\u(?:00[01][0-9a-fA-F]|[dD][89a-fA-F][0-9a-fA-F]{2})|\\[bf]|[\uFFFE\uFFFF]/;
function looksUnusual(text: string): boolean {
  return text.includes('"__proto__"') || unusualEscape.test(text) || text.normalize("NFC") !== text;
}

function parseSlowly(text: string, parsed: JsonParseResult, order: KeyOrder): ParsedRecordText {
  const tooDeep = firstTooDeepOffset(text);
  if (tooDeep !== undefined) {
    return failed(text, {
      ...positionAt(text, tooDeep),
      pointer: "",
      rule: "nesting-depth",
      message: `arrays and objects nest more than ${maxNestingDepth} levels deep here; no record needs that many`,
    });
  }
  let ast;
  try {
    ast = parseWithLocations(text, { mode: "json", ranges: true });
  } catch (error) {
    const {
      line = 1,
      column = 1,
      message = String(error),
    } = error as { line?: number; column?: number; message?: string };
    const offset = (error as { offset?: number }).offset ?? 0;
    const unclosed = unclosedStringLineEnd(text, offset);
    if (unclosed) {
      return failed(text, {
        ...unclosed,
        pointer: "",
        rule: "json-syntax",
        message:
          'not valid JSON: a string runs past the end of this line; add its closing quote (") here, or write a line break inside text as \\n',
      });
    }
    return failed(text, {
      line,
      column,
      pointer: "",
      rule: "json-syntax",
      message: `not valid JSON: ${message.replace(/\s*\(\d+:\d+\)$/, "")}${syntaxHint(text, offset)}`,
    });
  }
  const problems: TextProblem[] = [];
  let ambiguous = false;
  walk(ast.body, "", (node, pointer) => {
    const at = { line: node.loc.start.line, column: node.loc.start.column, pointer };
    if (node.type === "Object") {
      const seen = new Map<string, number>();
      for (const member of node.members) {
        const key = member.name.type === "String" ? member.name.value : member.name.name;
        const keyAt = { line: member.name.loc.start.line, column: member.name.loc.start.column };
        const memberPointer = `${pointer}/${escapePointerSegment(key)}`;
        const earlier = seen.get(key);
        if (earlier !== undefined) {
          ambiguous = true;
          problems.push({
            ...keyAt,
            pointer: memberPointer,
            rule: "duplicate-key",
            message: `duplicate key "${key}" (first at line ${earlier}); JSON readers keep only one of them`,
          });
        }
        seen.set(key, keyAt.line);
        if (key === "__proto__") {
          ambiguous = true;
          problems.push({
            ...keyAt,
            pointer: memberPointer,
            rule: "proto-key",
            message: 'the key "__proto__" is not allowed: JavaScript readers drop it or change the object\'s prototype',
          });
        }
        for (const problem of stringProblems(text, member.name, memberPointer)) problems.push(problem);
      }
    } else if (node.type === "Number") {
      const raw = text.slice(node.range![0], node.range![1]);
      const isInteger = !/[.eE]/.test(raw);
      if (!Number.isFinite(node.value) || (isInteger && !Number.isSafeInteger(node.value))) {
        ambiguous = true;
        problems.push({
          ...at,
          rule: "unsafe-integer",
          message: `the number ${raw} cannot be represented exactly (integers must lie within ±9007199254740991)`,
        });
      }
    } else if (node.type === "String") {
      for (const problem of stringProblems(text, node, pointer)) problems.push(problem);
    }
  });
  if (!parsed.ok && !problems.some((problem) => problem.rule === "json-syntax")) {
    // Both parsers must agree that the file is JSON; report JSON.parse's reason if only it objects.
    problems.push({
      line: 1,
      column: 1,
      pointer: "",
      rule: "json-syntax",
      message: `not valid JSON: ${parsed.message}`,
    });
  }
  if (ambiguous || !parsed.ok) return { value: undefined, text, problems };
  const value = parsed.value;
  const layout = describeLayoutDifference(text, value, order);
  if (layout) {
    problems.push({
      line: layout.line,
      column: layout.column,
      pointer: "",
      rule: "canonical-format",
      message: `not in the canonical layout: ${layout.message}`,
      fixCommand,
    });
  }
  return { value, text, problems };
}

type StringNode = Extract<AnyNode, { type: "String" }>;

function stringProblems(text: string, node: AnyNode, pointer: string): TextProblem[] {
  if (node.type !== "String") return [];
  const at = { line: node.loc.start.line, column: node.loc.start.column, pointer };
  const raw = text.slice(node.range![0], node.range![1]);
  // JSON.parse refuses raw control characters inside strings; the positional parser lets them through.
  const rawControl = /[\u0000-\u001f]/.exec(raw);
  if (rawControl) {
    return [
      {
        ...at,
        rule: "json-syntax",
        message: `not valid JSON: ${rawControlAdvice(rawControl[0])}`,
      },
    ];
  }
  const problem = describeTextProblem((node as StringNode).value);
  if (!problem) return [];
  return [{ ...at, rule: problem.rule, message: problem.message, ...(problem.fixable ? { fixCommand } : {}) }];
}

function walk(node: AnyNode, pointer: string, visit: (node: AnyNode, pointer: string) => void): void {
  visit(node, pointer);
  if (node.type === "Object") {
    for (const member of node.members) {
      const key = member.name.type === "String" ? member.name.value : member.name.name;
      walk(member.value, `${pointer}/${escapePointerSegment(key)}`, visit);
    }
  } else if (node.type === "Array") {
    node.elements.forEach((element, index) => walk(element.value, `${pointer}/${index}`, visit));
  }
}
