import { spawnSync } from "node:child_process";
import fs from "node:fs";

/** A program the tests drive, how to tell it is there, and the Debian package that provides it. */
export interface TestTool {
  name: string;
  usedFor: string;
  debianPackage: string;
  present(): boolean;
}

/** Debian's Chromium; CHROMIUM_PATH names another build of it (GitHub's runners ship Google Chrome). */
export const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** True only when REGISTRY_SKIP_BROWSER_TESTS=1: the one switch that skips the browser checks. */
export const browserTestsSkipped = process.env.REGISTRY_SKIP_BROWSER_TESTS === "1";

const runs = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { stdio: ["ignore", "pipe", "ignore"], encoding: "utf8" });
  return result.status === 0 ? result.stdout : undefined;
};

const browserTools: TestTool[] = [
  {
    name: "Chromium",
    usedFor: "the browser tests",
    debianPackage: "chromium",
    present: () => isExecutable(chromiumPath),
  },
  {
    // Without them Chinese renders as empty boxes in the screenshots, and the pages are checked
    // as most Chinese readers see them; the pages must not depend on them (tests/browser/fonts.test.ts).
    name: "Chinese fonts",
    usedFor: "the browser tests of the Chinese pages",
    debianPackage: "fonts-noto-cjk",
    present: () => Boolean(runs("fc-list", [":lang=zh", "family"])?.trim()),
  },
];

/** Everything `npm test` needs beyond Node.js and the npm packages. */
export const testTools: readonly TestTool[] = [
  {
    name: "xmllint",
    usedFor: "strict XML checks of the feeds and the sitemap",
    debianPackage: "libxml2-utils",
    present: () => runs("sh", ["-c", "command -v xmllint"]) !== undefined,
  },
  {
    name: "a Java runtime",
    usedFor: "the Nu HTML Checker",
    debianPackage: "default-jre-headless",
    present: () => spawnSync("java", ["-version"], { stdio: "ignore" }).status === 0,
  },
  {
    name: "sqlite3",
    usedFor: "reading back the SQLite database",
    debianPackage: "sqlite3",
    present: () => runs("sh", ["-c", "command -v sqlite3"]) !== undefined,
  },
  ...(browserTestsSkipped ? [] : browserTools),
];

export function missingTestTools(tools: readonly TestTool[]): TestTool[] {
  return tools.filter((tool) => !tool.present());
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
