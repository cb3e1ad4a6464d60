import { describe, expect, it } from "vitest";
import { formatAnnotation } from "./github-annotations.ts";

describe("formatAnnotation", () => {
  it("writes an error command with file, line, column and rule", () => {
    expect(
      formatAnnotation({
        file: "data/events/x.json",
        line: 3,
        column: 9,
        pointer: "/end",
        message: "ends before it starts",
        severity: "error",
        rule: "end-not-before-start",
      }),
    ).toBe("::error file=data/events/x.json,line=3,col=9,title=end-not-before-start::/end  ends before it starts");
  });

  it("escapes characters that would end or split the command", () => {
    expect(
      formatAnnotation({
        file: "data/a,b:c.json",
        line: 1,
        column: 1,
        pointer: "",
        message: "100% wrong\nsecond line",
        severity: "warning",
        rule: "r",
      }),
    ).toBe("::warning file=data/a%2Cb%3Ac.json,line=1,col=1,title=r::100%25 wrong%0Asecond line");
  });
});
