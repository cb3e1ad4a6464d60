/**
 * The pages' controls keep WCAG 2.2's 24 × 24 px target size whatever fonts the visitor has. A
 * control sized by its glyphs shrinks where a script falls back to a narrower font: without CJK
 * fonts, the Chinese search page's "清除" button was 21.6 px wide. The search page is checked here
 * with the machine's fonts (Noto CJK, which `npm test` installs) and with DejaVu alone; every
 * other page is checked both ways by the accessibility suite (its dark scheme runs without CJK fonts).
 */
import { AxeBuilder } from "@axe-core/playwright";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  describeInBrowser,
  launchChromium,
  openPage,
  useBrowserSite,
  withoutCjkFonts,
  type LocaleName,
} from "./browser.ts";

const site = useBrowserSite(["real"]);

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "registry-fonts-"));
const fontSetups = { "the machine's fonts": {}, "no CJK fonts": withoutCjkFonts(scratch) } as const;
type FontSetup = keyof typeof fontSetups;

const browsers = new Map<FontSetup, Browser>();
beforeAll(async () => {
  for (const [setup, env] of Object.entries(fontSetups)) browsers.set(setup as FontSetup, await launchChromium(env));
});
afterAll(async () => {
  for (const browser of browsers.values()) await browser.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** The families fontconfig offers for Chinese under an environment. */
const chineseFonts = (env: Record<string, string>) =>
  spawnSync("fc-list", [":lang=zh", "family"], { env: { ...process.env, ...env }, encoding: "utf8" }).stdout.trim();

const searchQueries: Record<LocaleName, string> = { en: "Shanghai", zh: "上海" };

/** axe's WCAG 2.2 target-size rule alone, on the page as it is now. */
async function targetSizeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withRules(["target-size"]).setLegacyMode(true).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${node.html}: ${(node.failureSummary ?? "").replace(/\s+/g, " ")}`),
  );
}

describeInBrowser("target sizes without the visitor's fonts", () => {
  it("runs one browser with Chinese fonts and one without any", () => {
    expect(chineseFonts(fontSetups["the machine's fonts"])).not.toBe("");
    expect(chineseFonts(fontSetups["no CJK fonts"])).toBe("");
  });

  it.for(Object.keys(fontSetups) as FontSetup[])(
    "the search page showing results has targets of 24 × 24 px with %s",
    async (setup) => {
      const page = await openPage(browsers.get(setup)!);
      try {
        for (const [locale, query] of Object.entries(searchQueries) as [LocaleName, string][]) {
          await page.goto(site.url("real", "search/", locale), { waitUntil: "load" });
          await page.locator(".pagefind-ui__search-input").fill(query);
          await page.locator(".pagefind-ui__result-link").first().waitFor({ timeout: 10_000 });
          const clear = await page.locator(".pagefind-ui__search-clear").boundingBox();
          const label = `${locale} search page with ${setup}`;
          expect(clear, `${label}: the clear button is shown`).not.toBeNull();
          expect
            .soft(Math.min(clear!.width, clear!.height), `${label}: the clear button's smaller side`)
            .toBeGreaterThanOrEqual(24);
          expect.soft(await targetSizeViolations(page), label).toEqual([]);
        }
      } finally {
        await page.context().close();
      }
    },
  );
});
