/**
 * `npm run bench:page-weight`: what each built page costs a reader: its HTML and the one
 * stylesheet, gzip-compressed (search assets excluded: only the search page loads them), and what
 * could block its rendering. Fails when a record's page exceeds the 15 KB budget, when a page loads
 * anything render-blocking besides the stylesheet, or an image has no size.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { runCommand, UsageError, type CommandHelp } from "../command-line.ts";
import { argumentPath, defaultOutDir } from "../project-paths.ts";
import { builtFiles } from "../site-checks/built-files.ts";

const budgetBytes = 15 * 1024;

/** Which kind of page a file is, for the per-template table. */
function templateOf(file: string): string {
  const clean = file.replace(/^zh\//, "");
  const match = /^(organizations|events|sources)\/[^/]+\/index\.html$/.exec(clean);
  return match ? `${match[1]} detail` : clean.replace(/index\.html$/, "") || "home";
}

const help: CommandHelp = {
  usage: "npm run bench:page-weight -- [--out DIR]",
  summary:
    "Reports what each built page costs a reader, gzip-compressed, and fails when a record's page exceeds the 15 KB budget, loads anything render-blocking besides the stylesheet, or has an image without a size.",
  options: { "--out DIR": "the built site (default: _site/)" },
};

await runCommand(help, () => {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const root = values.out ? argumentPath(values.out) : defaultOutDir;
  if (!fs.existsSync(path.join(root, "index.html")))
    throw new UsageError(`no built site in ${root}: run \`npm run build\` first`);
  const gzipped = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
  const css = gzipped(fs.readFileSync(path.join(root, "assets/site.css")));

  const rows = new Map<string, { pages: number; largest: number; file: string }>();
  const problems: string[] = [];
  for (const file of builtFiles(root).filter((name) => name.endsWith(".html"))) {
    const html = fs.readFileSync(path.join(root, file));
    const cost = gzipped(html) + css;
    const text = html.toString("utf8");
    const head = text.slice(0, text.indexOf("</head>"));
    const blockingScripts = [
      ...head.matchAll(/<script(?![^>]*type="application\/ld\+json")(?![^>]*\b(?:defer|async)\b)[^>]*>/g),
    ];
    const stylesheets = [...head.matchAll(/<link rel="stylesheet"/g)];
    const unsizedImages = [...text.matchAll(/<img(?![^>]*\bwidth=)(?![^>]*\bheight=)[^>]*>/g)];
    const template = templateOf(file);
    if (template.endsWith("detail") && cost > budgetBytes)
      problems.push(`${file}: ${cost} bytes compressed, over the ${budgetBytes} budget`);
    if (blockingScripts.length) problems.push(`${file}: ${blockingScripts.length} render-blocking script(s)`);
    const allowedStylesheets = file.includes("search/") ? 2 : 1;
    if (stylesheets.length > allowedStylesheets) problems.push(`${file}: ${stylesheets.length} stylesheets`);
    if (unsizedImages.length) problems.push(`${file}: ${unsizedImages.length} image(s) without width and height`);
    const row = rows.get(template) ?? { pages: 0, largest: 0, file };
    row.pages++;
    if (cost > row.largest) Object.assign(row, { largest: cost, file });
    rows.set(template, row);
  }

  process.stdout.write(
    `stylesheet: ${css} bytes gzip\n\n| page | pages | largest (HTML + CSS, gzip) | largest page |\n| --- | ---: | ---: | --- |\n`,
  );
  for (const [template, row] of [...rows].sort(([a], [b]) => (a < b ? -1 : 1))) {
    process.stdout.write(`| ${template} | ${row.pages} | ${(row.largest / 1024).toFixed(1)} KB | ${row.file} |\n`);
  }
  process.stdout.write(
    problems.length
      ? `\n✖ ${problems.join("\n✖ ")}\n`
      : `\n✔ every record page within ${budgetBytes / 1024} KB; nothing render-blocking but the stylesheet\n`,
  );
  return problems.length ? 1 : 0;
});
