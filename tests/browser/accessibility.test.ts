/**
 * axe-core in a real Chromium: no violation of axe's rules (WCAG 2.0 and 2.1 A and AA, best
 * practices, and WCAG 2.2's target size) on one page of every template (and the hostile
 * records' pages), nor on the search page showing results, in the light and the dark colour
 * scheme. The light scheme is seen with the machine's fonts, the dark one without any font for
 * Chinese, so that no check passes only thanks to the fonts a visitor happens to have.
 */
import { AxeBuilder } from "@axe-core/playwright";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, it } from "vitest";
import {
  describeInBrowser,
  launchChromium,
  openPage,
  useBrowserSite,
  visit,
  withoutCjkFonts,
  type LocaleName,
} from "./browser.ts";

// In-page global, for the callback that `page.evaluate` runs in the browser.
declare function matchMedia(query: string): { matches: boolean };

const colorSchemes = ["light", "dark"] as const;

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

describeInBrowser("accessibility (axe-core: WCAG 2.1 A and AA, best practices, target size)", () => {
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
  /** The light scheme in the browser with the machine's fonts, the dark one in the browser without CJK fonts. */
  const browserFor = (colorScheme: (typeof colorSchemes)[number]) =>
    colorScheme === "light" ? site.browser : withoutCjk!;

  // The two schemes run side by side, each in its own context (two cores, and axe is the slow part).
  it.concurrent.for(colorSchemes)(
    "every page has no violations in the %s colour scheme",
    async (colorScheme, { expect }) => {
      const page = await openPage(browserFor(colorScheme), { colorScheme });
      try {
        for (const target of site.pages()) {
          await visit(page, target);
          const schemeApplied = await page.evaluate(
            (scheme) => matchMedia(`(prefers-color-scheme: ${scheme})`).matches,
            colorScheme,
          );
          expect(schemeApplied, `${target.label}: prefers-color-scheme is ${colorScheme}`).toBe(true);
          expect.soft(await violationsOn(page), `${target.label} at ${target.url} (${colorScheme})`).toEqual([]);
        }
      } finally {
        await page.context().close();
      }
    },
  );

  it.concurrent.for(colorSchemes)(
    "the search page showing results has no violations in the %s colour scheme",
    async (colorScheme, { expect }) => {
      const page = await openPage(browserFor(colorScheme), { colorScheme });
      try {
        for (const [locale, query] of Object.entries(searchQueries) as [LocaleName, string][]) {
          const url = site.url("real", "search/", locale);
          await page.goto(url, { waitUntil: "load" });
          await page.locator(".pagefind-ui__search-input").fill(query);
          await page.locator(".pagefind-ui__result-link").first().waitFor({ timeout: 10_000 });
          await page.locator(".pagefind-ui__filter-name").first().waitFor({ timeout: 10_000 });
          expect.soft(await violationsOn(page), `search results for "${query}" at ${url} (${colorScheme})`).toEqual([]);
        }
      } finally {
        await page.context().close();
      }
    },
  );
});
