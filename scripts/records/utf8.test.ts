import { describe, expect, it } from "vitest";
import { positionAtByte } from "./text-position.ts";
import { firstInvalidUtf8Offset } from "./utf8.ts";

describe("firstInvalidUtf8Offset", () => {
  it.each([
    ["valid text", Buffer.from("Café 上海 😀"), -1],
    ["a lone continuation byte", Buffer.from([0x61, 0x80]), 1],
    ["an overlong encoding", Buffer.from([0xc0, 0xaf]), 0],
    ["an encoded surrogate", Buffer.from([0x61, 0xed, 0xa0, 0x80]), 1],
    ["a truncated sequence", Buffer.from([0x61, 0x62, 0xe4, 0xb8]), 2],
    ["a code point beyond U+10FFFF", Buffer.from([0xf4, 0x90, 0x80, 0x80]), 0],
  ])("finds %s", (_, bytes, offset) => {
    expect(firstInvalidUtf8Offset(bytes)).toBe(offset);
  });
});

describe("positionAtByte", () => {
  it("counts columns in characters, not bytes", () => {
    const bytes = Buffer.concat([Buffer.from('{\n  "上海": "'), Buffer.from([0xff])]);
    expect(positionAtByte(bytes, bytes.length - 1)).toEqual({ line: 2, column: 10 });
  });
});
