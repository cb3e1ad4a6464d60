import { describe, expect, it } from "vitest";
import { formatCanonicalJson, keyOrderFor } from "./canonical-json.ts";
import { describeLayoutDifference } from "./layout-difference.ts";

const order = keyOrderFor("event");
const event = {
  id: "forum",
  title: { en: "Forum at the cluster/x" },
  kind: "forum",
  status: "completed",
  start: "2024-05-12",
  timeZone: "Asia/Shanghai",
  attendance: { count: 50 },
  sources: [{ source: "a" }],
};
const canonical = formatCanonicalJson(event, order);

function differenceIn(text: string) {
  return describeLayoutDifference(text, JSON.parse(text), order);
}

describe("the layout difference named to the contributor", () => {
  it("is nothing for the canonical text", () => {
    expect(differenceIn(canonical)).toBeUndefined();
  });

  it.each([
    ['"count": 50', '"count": 50.0', "50.0", "the number 50.0 is written in another form than the canonical 50"],
    ['"count": 50', '"count": 5e1', "5e1", "the number 5e1 is written in another form than the canonical 50"],
    [
      "cluster/x",
      "cluster\\/x",
      '"Forum',
      'the string "Forum at the cluster\\/x" is written in another form than the canonical "Forum at the cluster/x" (characters as themselves; escapes only where JSON needs them)',
    ],
    [
      "at the cluster",
      "at the \\u0063luster",
      '"Forum',
      'the string "Forum at the \\u0063luster/x" is written in another form than the canonical "Forum at the cluster/x" (characters as themselves; escapes only where JSON needs them)',
    ],
    [
      '"kind"',
      '"\\u006bind"',
      '"\\u006bind"',
      'the key "\\u006bind" is written in another form than the canonical "kind" (characters as themselves; escapes only where JSON needs them)',
    ],
  ])("names a value written in another form, at its first character: %s as %s", (from, to, token, message) => {
    const text = canonical.replace(from, to);
    const offset = text.indexOf(token);
    const line = text.slice(0, offset).split("\n").length;
    const column = offset - text.lastIndexOf("\n", offset - 1);
    expect(differenceIn(text)).toEqual({ line, column, message });
  });

  it("describes a long string rather than quoting it", () => {
    const long = `"${"Forum ".repeat(20)}\\/x"`;
    const text = canonical.replace('"Forum at the cluster/x"', long);
    expect(differenceIn(text)?.message).toBe(
      "a string is written in another form than the canonical one (characters as themselves; escapes only where JSON needs them)",
    );
  });

  it("names the key order only when the keys the schema lists are out of order", () => {
    const text = canonical.replace(
      '"kind": "forum",\n  "status": "completed"',
      '"status": "completed",\n  "kind": "forum"',
    );
    expect(differenceIn(text)).toEqual({
      line: 6,
      column: 4,
      message: "keys are not in the order the schema lists them",
    });
  });

  it("says nothing when only a key the schema does not know is out of place, as the schema names that key", () => {
    const text = canonical.replace('"timeZone"', '"timezone"');
    expect(formatCanonicalJson(JSON.parse(text), order)).not.toBe(text);
    expect(differenceIn(text)).toBeUndefined();
  });

  it("names what else is off in a file whose unknown key is also out of place", () => {
    const text = canonical.replace('"timeZone"', '"timezone"').replace('"count": 50', '"count": 50.0');
    expect(differenceIn(text)?.message).toBe("the number 50.0 is written in another form than the canonical 50");
    const indented = JSON.stringify(JSON.parse(text), null, 4);
    expect(differenceIn(indented)?.message).toBe(
      "indentation or spacing differs (2 spaces per level, one property per line)",
    );
  });

  it("names line endings, the final newline and indentation", () => {
    expect(differenceIn(canonical.replaceAll("\n", "\r\n"))?.message).toBe(
      "uses Windows (CRLF) line endings instead of LF",
    );
    expect(differenceIn(canonical.trimEnd())?.message).toBe("the file must end with a newline");
    expect(differenceIn(`${canonical}\n`)?.message).toBe("the file must end with exactly one newline");
    expect(differenceIn(JSON.stringify(event, null, 4))).toEqual({
      line: 2,
      column: 3,
      message: "indentation or spacing differs (2 spaces per level, one property per line)",
    });
  });
});
