/**
 * `npm run check:site`: checks a built site with third-party checkers before it is published: the
 * Nu HTML Checker on every page, xmllint on every feed, and our own check that every internal link
 * (pages, JSON, feeds, calendars) resolves to a built file.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { runCommand, UsageError, type CommandHelp } from "./command-line.ts";
import { argumentPath, defaultOutDir } from "./project-paths.ts";
import { builtFiles } from "./site-checks/built-files.ts";
import { checkInternalLinks } from "./site-checks/internal-links.ts";
import { checkHtml } from "./site-checks/nu-html-checker.ts";
import { checkXml } from "./site-checks/xml-wellformed.ts";
import { readSiteConfig } from "./paths/site-config.ts";
import fs from "node:fs";

const help: CommandHelp = {
  usage: "npm run check:site -- [--out DIR]",
  summary:
    "Checks a built site before it is published: the Nu HTML Checker on every page, xmllint on every feed, and every internal link.",
  options: {
    "--out DIR": "the built site (default: _site/)",
  },
};

await runCommand(help, () => {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const root = values.out ? argumentPath(values.out) : defaultOutDir;
  if (!fs.existsSync(path.join(root, "index.html")))
    throw new UsageError(`no built site in ${root}: run \`npm run build\` first`);
  const files = builtFiles(root);
  const checks = [
    ["Nu HTML Checker", checkHtml([root])],
    ["xmllint", checkXml(files.filter((file) => file.endsWith(".xml")).map((file) => path.join(root, file)))],
    ["internal links", checkInternalLinks(root, files, readSiteConfig())],
  ] as const;
  let failed = false;
  for (const [name, result] of checks) {
    process.stdout.write(`${result.ok ? "✔" : "✖"} ${name}\n`);
    for (const problem of result.problems) process.stdout.write(`  ${problem}\n`);
    failed ||= !result.ok;
  }
  return failed ? 1 : 0;
});
