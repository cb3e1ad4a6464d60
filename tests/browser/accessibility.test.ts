/**
 * Every page in a real Chromium, seen three times side by side: in the light colour scheme at
 * 1280 px and at 320 px with the machine's fonts, and in the dark scheme at 320 px with no font for
 * Chinese (so that no check passes only thanks to the fonts a visitor happens to have). Both
 * schemes are so seen at 320 px, where targets and contrast are tightest. Each visit checks that the
 * page loads without console errors or failed requests, that at 320 px it needs no horizontal
 * scrolling, and that axe-core finds no violation of its rules (WCAG 2.0 and 2.1 A and AA, best
 * practices, and WCAG 2.2's target size). The search page showing results is checked the same way.
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
  visit,
  watchProblems,
  withoutCjkFonts,
  type CheckedPage,
  type DomDocument,
  type LocaleName,
} from "./browser.ts";

// In-page globals, for the callbacks that `page.evaluate` runs in the browser.
declare function matchMedia(query: string): { matches: boolean };
declare const document: DomDocument;

/** Nothing when the page fits 320 px; else its scroll width and the innermost elements that stick out (up to 8). */
async function overflowAt320(page: Page): Promise<string[]> {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  if (scrollWidth <= 320) return [];
  const culprits = await page.evaluate(() => {
    // No named functions in here: a transpiler's name helpers do not exist in the page.
    const width = document.documentElement.clientWidth;
    const outside = [...document.body.querySelectorAll("*")].filter(
      (element) => element.getBoundingClientRect().right > width + 0.5,
    );
    return outside
      .filter((element) => ![...element.children].some((child) => outside.includes(child)))
      .slice(0, 8)
      .map((element) => {
        const id = element.id ? `#${element.id}` : "";
        const classes = [...element.classList].map((name) => `.${name}`).join("");
        const text = (element.textContent ?? "").trim().slice(0, 60);
        return `<${element.localName}${id}${classes}> right edge ${Math.round(element.getBoundingClientRect().right)}px: "${text}"`;
      });
  });
  return [`scrollWidth ${scrollWidth}px`, ...culprits];
}

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

/** One line per offending element: rule, impact, axe's message, the element and why it fails. */
function describeViolations(violations: Violation[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? node.impact ?? "?"}): ${violation.help} ` +
        `at ${JSON.stringify(node.target)} ${node.html}\n    ${(node.failureSummary ?? "").replace(/\n/g, "\n    ")}`,
    ),
  );
}

/** Runs axe on the page as it is now. */
async function violationsOn(page: Page): Promise<string[]> {
  // Legacy mode runs axe in the page itself rather than finishing each run in a new blank page,
  // which halves the time; the pages have no frames, where it would matter.
  const results = await new AxeBuilder({ page })
    .options({
      resultTypes: ["violations"],
      // axe's default rules (WCAG 2.0 and 2.1 A and AA, and best practices), and WCAG 2.2's
      // target size (2.5.8), which axe 4.13 leaves off unless asked.
      rules: { "target-size": { enabled: true } },
    })
    .setLegacyMode(true)
    .analyze();
  return describeViolations(results.violations);
}

/**
 * Queries that find records of several types, so that the results show filters, a count, titles,
 * excerpts and tags: Pagefind draws them only once something has been searched for.
 */
const searchQueries: Record<LocaleName, string> = { en: "Shanghai", zh: "上海" };

/** How each pass sees the pages. */
const passes = {
  light: { colorScheme: "light", viewport: { width: 1280, height: 800 }, fonts: "the machine's fonts" },
  "light at 320 px": { colorScheme: "light", viewport: { width: 320, height: 640 }, fonts: "the machine's fonts" },
  dark: { colorScheme: "dark", viewport: { width: 320, height: 640 }, fonts: "no CJK fonts" },
} as const;
type PassName = keyof typeof passes;

describeInBrowser("every page: loads cleanly, fits 320 px, passes axe-core", () => {
  const site = useBrowserSite();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "registry-axe-"));
  let withoutCjk: Browser | undefined;
  beforeAll(async () => {
    withoutCjk = await launchChromium(withoutCjkFonts(scratch));
  });
  afterAll(async () => {
    await withoutCjk?.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  });
  const openFor = (pass: PassName) =>
    openPage(passes[pass].fonts === "no CJK fonts" ? withoutCjk! : site.browser, {
      colorScheme: passes[pass].colorScheme,
      viewport: passes[pass].viewport,
    });

  it("runs the dark pass with no font for Chinese, the light one with the machine's", () => {
    const chineseFonts = (env: Record<string, string>) =>
      spawnSync("fc-list", [":lang=zh", "family"], { env: { ...process.env, ...env }, encoding: "utf8" }).stdout.trim();
    expect(chineseFonts({})).not.toBe("");
    expect(chineseFonts(withoutCjkFonts(scratch))).toBe("");
  });

  // The passes run side by side, each in its own context (two cores, and axe is the slow part).
  it.concurrent.for(Object.keys(passes) as PassName[])(
    "every page, %s pass",
    { timeout: 600_000 },
    async (pass, { expect }) => {
      const { colorScheme, viewport } = passes[pass];
      const page = await openFor(pass);
      let current: CheckedPage | undefined;
      const problems = watchProblems(page, () => current!);
      try {
        for (const target of site.pages()) {
          current = target;
          problems.length = 0;
          await visit(page, target);
          const label = `${target.label} at ${target.url} (${pass} pass)`;
          expect.soft([...problems], `${label}: console errors and failed requests`).toEqual([]);
          const schemeApplied = await page.evaluate(
            (scheme) => matchMedia(`(prefers-color-scheme: ${scheme})`).matches,
            colorScheme,
          );
          expect(schemeApplied, `${label}: prefers-color-scheme is ${colorScheme}`).toBe(true);
          if (viewport.width === 320) expect.soft(await overflowAt320(page), `${label}: wider than 320 px`).toEqual([]);
          expect.soft(await violationsOn(page), label).toEqual([]);
        }
      } finally {
        await page.context().close();
      }
    },
  );

  it.concurrent.for(Object.keys(passes) as PassName[])(
    "the search page showing results, %s pass",
    { timeout: 600_000 },
    async (pass, { expect }) => {
      const page = await openFor(pass);
      try {
        for (const [locale, query] of Object.entries(searchQueries) as [LocaleName, string][]) {
          const url = site.url("real", "search/", locale);
          await page.goto(url, { waitUntil: "load" });
          await page.locator(".pagefind-ui__search-input").fill(query);
          await page.locator(".pagefind-ui__result-link").first().waitFor({ timeout: 10_000 });
          await page.locator(".pagefind-ui__filter-name").first().waitFor({ timeout: 10_000 });
          const label = `search results for "${query}" at ${url} (${pass} pass, ${passes[pass].fonts})`;
          // Its width came from its label: "清除" without a Chinese font made it 21.6 px wide (site.css).
          const clear = await page.locator(".pagefind-ui__search-clear").boundingBox();
          expect(clear, `${label}: the clear button is shown`).not.toBeNull();
          expect
            .soft(Math.min(clear!.width, clear!.height), `${label}: the clear button's smaller side`)
            .toBeGreaterThanOrEqual(24);
          expect.soft(await violationsOn(page), label).toEqual([]);
        }
      } finally {
        await page.context().close();
      }
    },
  );
});
