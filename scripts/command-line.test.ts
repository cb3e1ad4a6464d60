import { parseArgs } from "node:util";
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import { asksForHelp, describeArgumentError, formatHelp, isSystemError } from "./command-line.ts";

/** What `util.parseArgs` throws for these arguments, against a command with `--records N` and `--check`. */
function parseError(args: string[], allowPositionals = false): unknown {
  try {
    parseArgs({ args, allowPositionals, options: { records: { type: "string" }, check: { type: "boolean" } } });
  } catch (error) {
    return error;
  }
  throw new Error(`parseArgs accepted ${args.join(" ")}`);
}

describe("describeArgumentError", () => {
  it("names an option the command does not know, without Node's advice about quoting", () => {
    expect(describeArgumentError(parseError(["--report", "x.json"]))).toBe("unknown option --report");
    expect(describeArgumentError(parseError(["-z"]))).toBe("unknown option -z");
  });

  it("says which option is missing its value", () => {
    expect(describeArgumentError(parseError(["--records"]))).toBe("--records needs a value");
  });

  it("names an argument given to a command that takes only options", () => {
    expect(describeArgumentError(parseError(["data"]))).toBe(
      "unexpected argument data: this command takes only options",
    );
  });

  it("passes on Node's message for the rarer mistakes", () => {
    expect(describeArgumentError(parseError(["--check=yes"]))).toBe("option '--check' does not take an argument");
  });

  it("leaves every other error to be reported as a bug", () => {
    expect(describeArgumentError(new TypeError("x is not a function"))).toBeUndefined();
    expect(describeArgumentError(Object.assign(new Error("no such file"), { code: "ENOENT" }))).toBeUndefined();
    expect(describeArgumentError("a string")).toBeUndefined();
  });
});

describe("asksForHelp", () => {
  it("finds --help or -h among the options", () => {
    expect(asksForHelp(["--data", "x", "--help"])).toBe(true);
    expect(asksForHelp(["-h"])).toBe(true);
    expect(asksForHelp(["--data", "x"])).toBe(false);
  });

  it("takes everything after a lone -- as an argument", () => {
    expect(asksForHelp(["--", "--help"])).toBe(false);
    expect(asksForHelp(["--help", "--", "x"])).toBe(true);
  });

  it("does not take a value that merely contains the word for a request", () => {
    expect(asksForHelp(["--out", "help"])).toBe(false);
    expect(asksForHelp(["--helpful"])).toBe(false);
  });
});

describe("formatHelp", () => {
  it("prints the usage, the summary and the options in aligned columns, --help last", () => {
    expect(
      formatHelp({
        usage: "npm run x -- [--data DIR] [--check]",
        summary: "Does x.",
        options: { "--data DIR": "the data folder", "--check": "write nothing" },
      }),
    ).toBe(
      [
        "usage: npm run x -- [--data DIR] [--check]",
        "",
        "Does x.",
        "",
        "  --data DIR  the data folder",
        "  --check     write nothing",
        "  --help      print this help",
        "",
      ].join("\n"),
    );
  });

  it("wraps a long summary between words at 80 characters", () => {
    const summary = `${"word ".repeat(30)}end.`;
    const [, , ...lines] = formatHelp({ usage: "npm run x", summary }).split("\n");
    const wrapped = lines.slice(0, lines.indexOf(""));
    expect(wrapped.join(" ")).toBe(summary);
    expect(wrapped.every((line) => line.length <= 80)).toBe(true);
    expect(wrapped).toHaveLength(2);
  });
});

describe("isSystemError", () => {
  it("takes an error the operating system reported for a path as one", () => {
    let error: unknown;
    try {
      fs.readFileSync("/no/such/file");
    } catch (caught) {
      error = caught;
    }
    expect(isSystemError(error)).toBe(true);
  });

  it("does not take a bug, or a mistake in the arguments, for one", () => {
    expect(isSystemError(new TypeError("x is not a function"))).toBe(false);
    expect(isSystemError(Object.assign(new Error("bad"), { code: "ERR_INVALID_ARG_TYPE" }))).toBe(false);
    expect(isSystemError(parseError(["--nope"]))).toBe(false);
    expect(isSystemError({ code: "ENOENT", syscall: "open", message: "not an Error" })).toBe(false);
  });
});
