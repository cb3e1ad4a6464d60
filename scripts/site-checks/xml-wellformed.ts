import { spawnSync } from "node:child_process";
import type { CheckerResult } from "./nu-html-checker.ts";

/** `xmllint --noout` over many files at once: the strict check that rejects invalid characters. */
export function checkXml(files: readonly string[]): CheckerResult {
  if (files.length === 0) return { ok: true, problems: [] };
  const result = spawnSync("xmllint", ["--noout", ...files], { encoding: "utf8", maxBuffer: 1 << 28 });
  if (result.error)
    return {
      ok: false,
      problems: [`could not run xmllint (Debian: apt-get install libxml2-utils): ${result.error.message}`],
    };
  const problems = `${result.stdout}${result.stderr}`.split("\n").filter(Boolean);
  return { ok: result.status === 0, problems };
}
