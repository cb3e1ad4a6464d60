/**
 * `npm run screenshots`: builds the site from the data, serves it on a loopback port, and takes
 * full-page screenshots of the pages people look at first (scripts/review-pages.ts) in both
 * languages, at 320, 390 and 1280 px, in the light and the dark colour scheme, with Debian's
 * Chromium. The files are for people to look at; nothing checks them.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { runCommand, UsageError, type CommandHelp } from "./command-line.ts";
import { argumentPath, projectRoot } from "./project-paths.ts";
import { languageFolders, reviewPages, type LanguageName } from "./review-pages.ts";
import { serveFreshBuild } from "./served-build.ts";
import { chromiumPath } from "./test-tools.ts";

const widths = [320, 390, 1280] as const;
const schemes = ["light", "dark"] as const;

const help: CommandHelp = {
  usage: "npm run screenshots -- [--out DIR] [--data DIR]",
  summary:
    "Builds and serves the site, and writes full-page screenshots of the home page, a list, an organization, the event and the search page, in English and Chinese, at 320, 390 and 1280 px, in the light and the dark scheme.",
  options: {
    "--out DIR": "where the PNG files go (default: screenshots/, which git ignores)",
    "--data DIR": "the data folder (default: data/)",
  },
};

await runCommand(help, async () => {
  const { values } = parseArgs({ options: { out: { type: "string" }, data: { type: "string" } } });
  const out = values.out ? argumentPath(values.out) : path.join(projectRoot, "screenshots");
  const dataDir = values.data ? argumentPath(values.data) : path.join(projectRoot, "data");
  if (!fs.existsSync(chromiumPath))
    throw new UsageError(`no Chromium at ${chromiumPath}: install it with \`sudo apt-get install -y chromium\``);
  fs.mkdirSync(out, { recursive: true });
  const served = await serveFreshBuild(dataDir);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    let written = 0;
    for (const scheme of schemes) {
      for (const width of widths) {
        const context = await browser.newContext({ colorScheme: scheme, viewport: { width, height: 800 } });
        const page = await context.newPage();
        for (const language of Object.keys(languageFolders) as LanguageName[]) {
          for (const shown of reviewPages) {
            const url = `${served.baseUrl}${languageFolders[language]}${shown.path}${shown.query?.[language] ?? ""}`;
            await page.goto(url, { waitUntil: "load" });
            // Search results come after the index loads: the queries are ones that find something.
            if (shown.query) await page.locator(".pagefind-ui__result-link").first().waitFor({ timeout: 10_000 });
            const file = path.join(out, `${shown.name}-${language}-${width}-${scheme}.png`);
            await page.screenshot({ path: file, fullPage: true });
            written++;
          }
        }
        await context.close();
      }
    }
    process.stdout.write(`${written} screenshots in ${path.relative(process.cwd(), out) || out}/\n`);
    return 0;
  } finally {
    await browser.close();
    await served.close();
  }
});
