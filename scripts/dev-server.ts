/**
 * `npm start`: builds the site, serves it at SITE_URL (default http://localhost:8080/), and
 * rebuilds it in place whenever a record changes, writing only the files the change affects. While
 * the data has errors, they are printed and the last good site stays up.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { runCommand, type CommandHelp } from "./command-line.ts";
import { createPreviewServer, listenAt } from "./preview.ts";
import { argumentPath, defaultOutDir, displayPath, resolveDataDir } from "./project-paths.ts";
import type { BuildResult } from "./writer/site-builder.ts";
import { formatFinding } from "./report/format-findings.ts";
import { readSiteConfig } from "./paths/site-config.ts";
import { limitHeapGrowth } from "./writer/heap-growth.ts";

limitHeapGrowth();

const help: CommandHelp = {
  usage: "npm start -- [--data DIR] [--out DIR]",
  summary:
    "Builds the site, serves it at $SITE_URL (default http://localhost:8080/), and rebuilds it whenever a record changes, writing only the files the change affects. While the data has errors, they are printed and the last good site stays up.",
  options: {
    "--data DIR": "the data folder (default: $REGISTRY_DATA_DIR if set, else data/)",
    "--out DIR":
      "where the site goes (default: _site/): a new or empty folder, or an earlier build, which is replaced whole",
  },
};

await runCommand(help, async () => {
  const { values } = parseArgs({ options: { data: { type: "string" }, out: { type: "string" } } });
  const dataDir = resolveDataDir(values.data);
  const outDir = values.out ? argumentPath(values.out) : defaultOutDir;
  const site = readSiteConfig();
  // Loaded once the arguments are read: the pipeline takes a second to load, `--help` none.
  const { SiteBuilder } = await import("./writer/site-builder.ts");
  const builder = new SiteBuilder({ dataDir, outDir, site });
  const say = (line: string) => process.stdout.write(`${line}\n`);

  const started = performance.now();
  report(await builder.build(), performance.now() - started, "built", say);

  await listenAt(createPreviewServer(outDir, site.pathPrefix), site.baseUrl);
  say(`serving ${displayPath(outDir)} at ${site.baseUrl}; watching ${displayPath(dataDir)} (Ctrl+C to stop)`);

  // Edits arrive in bursts (an editor writes, renames, touches): one rebuild follows each burst,
  // and a burst during a rebuild queues exactly one more.
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  const rebuild = async () => {
    if (running) {
      again = true;
      return;
    }
    do {
      again = false;
      const rebuildStarted = performance.now();
      running = builder.rebuild().then((result) => report(result, performance.now() - rebuildStarted, "rebuilt", say));
      await running;
      const searchStarted = performance.now();
      builder.backgroundRefresh?.then(
        () =>
          say(`search index and database refreshed in ${((performance.now() - searchStarted) / 1000).toFixed(2)} s`),
        (error: unknown) => say(`the search index or the database could not be refreshed: ${(error as Error).message}`),
      );
      running = undefined;
    } while (again);
  };
  fs.watch(dataDir, { recursive: true }, (_event, file) => {
    if (file && !String(file).endsWith(".json")) return;
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), 50);
  });
  await new Promise(() => {});
  return 0;
});

function report(result: BuildResult, ms: number, verb: string, say: (line: string) => void): void {
  const time = `${(ms / 1000).toFixed(2)} s`;
  if (result.ok) {
    for (const warning of result.warnings) say(formatFinding(warning));
    say(`${verb} in ${time}: ${result.written} files written, ${result.removed} removed, ${result.files} in all`);
  } else if (result.reason === "invalid-data") {
    for (const finding of result.findings) say(formatFinding(finding));
    say(`not ${verb}: fix the errors above; the last good build is still served`);
  } else {
    for (const problem of result.problems) say(`  ${problem}`);
    say(`not ${verb}: the output failed its checks; the last good build is still served`);
  }
}
