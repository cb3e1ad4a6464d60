/**
 * `npm run bench:page-weight`: what each built page costs a reader: its HTML, the one stylesheet
 * and the site's own scripts it loads, gzip-compressed, and what could block its rendering. Fails
 * when a page exceeds the 15 KB budget, loads anything render-blocking besides the stylesheet, or
 * has an image without a size. Pagefind's files, which only the search page loads, are reported
 * on their own (scripts/site-checks/page-weight.ts).
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { runCommand, UsageError, type CommandHelp } from "../command-line.ts";
import { argumentPath, defaultOutDir } from "../project-paths.ts";
import { readSiteConfig } from "../paths/site-config.ts";
import { pageBudgetBytes, weighSite } from "../site-checks/page-weight.ts";

const help: CommandHelp = {
  usage: "npm run bench:page-weight -- [--out DIR]",
  summary:
    "Reports what each built page costs a reader, gzip-compressed, and fails when a page exceeds the 15 KB budget, loads anything render-blocking besides the stylesheet, or has an image without a size. Reports Pagefind's files, which the search page loads, on their own.",
  options: { "--out DIR": "the built site (default: _site/), built for $SITE_URL" },
};

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

await runCommand(help, () => {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const root = values.out ? argumentPath(values.out) : defaultOutDir;
  if (!fs.existsSync(path.join(root, "index.html")))
    throw new UsageError(`no built site in ${root}: run \`npm run build\` first`);
  const weight = weighSite(root, readSiteConfig().pathPrefix);

  const rows = new Map<string, { pages: number; largest: number; file: string }>();
  for (const page of weight.pages) {
    const row = rows.get(page.template) ?? { pages: 0, largest: 0, file: page.file };
    row.pages++;
    if (page.bytes > row.largest) Object.assign(row, { largest: page.bytes, file: page.file });
    rows.set(page.template, row);
  }
  process.stdout.write(
    `stylesheet: ${weight.stylesheet} bytes gzip\n\n| page | pages | largest (HTML + CSS + own scripts, gzip) | largest page |\n| --- | ---: | ---: | --- |\n`,
  );
  for (const [template, row] of [...rows].sort(([a], [b]) => (a < b ? -1 : 1))) {
    process.stdout.write(`| ${template} | ${row.pages} | ${kilobytes(row.largest)} | ${row.file} |\n`);
  }
  process.stdout.write(
    "\nPagefind, loaded by the search page only (interface, program, index entry and language, gzip):\n",
  );
  for (const bundle of weight.searchBundles) process.stdout.write(`  ${bundle.bundle}: ${kilobytes(bundle.bytes)}\n`);
  process.stdout.write(
    weight.problems.length
      ? `\n✖ ${weight.problems.join("\n✖ ")}\n`
      : `\n✔ every page within ${pageBudgetBytes / 1024} KB; nothing render-blocking but the stylesheet\n`,
  );
  return weight.problems.length ? 1 : 0;
});
