/**
 * axe-core in a real Chromium: no WCAG 2.0/2.1 A or AA violation on one page of every template
 * (and the hostile records' pages), in the light and the dark colour scheme.
 */
import { AxeBuilder } from "@axe-core/playwright";
import { it } from "vitest";
import { describeInBrowser, openPage, useBrowserSite, visit } from "./browser.ts";

// In-page global, for the callback that `page.evaluate` runs in the browser.
declare function matchMedia(query: string): { matches: boolean };

const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
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

describeInBrowser("accessibility (axe-core, WCAG 2.1 A and AA)", () => {
  const site = useBrowserSite();

  // The two schemes run side by side, each in its own context (two cores, and axe is the slow part).
  it.concurrent.for(colorSchemes)(
    "every page has no violations in the %s colour scheme",
    async (colorScheme, { expect }) => {
      const page = await openPage(site.browser, { colorScheme });
      try {
        for (const target of site.pages()) {
          await visit(page, target);
          const schemeApplied = await page.evaluate(
            (scheme) => matchMedia(`(prefers-color-scheme: ${scheme})`).matches,
            colorScheme,
          );
          expect(schemeApplied, `${target.label}: prefers-color-scheme is ${colorScheme}`).toBe(true);
          // Legacy mode runs axe in the page itself rather than finishing each run in a new blank
          // page, which halves the time; the pages have no frames, where it would matter.
          const results = await new AxeBuilder({ page })
            .withTags(wcagTags)
            .options({ resultTypes: ["violations"] })
            .setLegacyMode(true)
            .analyze();
          expect
            .soft(describeViolations(results.violations), `${target.label} at ${target.url} (${colorScheme})`)
            .toEqual([]);
        }
      } finally {
        await page.context().close();
      }
    },
  );
});
