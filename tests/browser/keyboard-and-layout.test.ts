/**
 * In a real Chromium: the site can be used with the keyboard alone (skip link, navigation,
 * record links). That every page loads cleanly and fits 320 px is checked with axe, in
 * accessibility.test.ts, on the same visits.
 */
import type { Page } from "playwright-core";
import { it } from "vitest";
import {
  describeInBrowser,
  openPage,
  pathPrefix,
  useBrowserSite,
  type DomDocument,
  type DomElement,
} from "./browser.ts";

// In-page globals, for the callbacks that `page.evaluate` runs in the browser.
declare const document: DomDocument;
declare function getComputedStyle(element: DomElement): { outlineStyle: string };

interface Focused {
  tag: string;
  href: string | null;
  text: string;
  inMain: boolean;
  inNav: boolean;
  outline: string;
  top: number;
  bottom: number;
}

function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const rect = element.getBoundingClientRect();
    return {
      tag: element.localName,
      href: element.getAttribute("href"),
      text: (element.textContent ?? "").trim().slice(0, 80),
      inMain: element.closest("main") !== null,
      inNav: element.closest("nav") !== null,
      outline: getComputedStyle(element).outlineStyle,
      top: rect.top,
      bottom: rect.bottom,
    };
  });
}

/** Presses Tab until the focused element matches, and returns it; fails after `limit` presses. */
async function tabUntil(page: Page, what: string, matches: (element: Focused) => boolean, limit = 40) {
  const visited: string[] = [];
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press("Tab");
    const element = await focused(page);
    if (element && matches(element)) return element;
    visited.push(element ? `${element.tag} ${element.href ?? ""} "${element.text}"` : "(nothing)");
  }
  throw new Error(`no ${what} within ${limit} presses of Tab; focus went to:\n  ${visited.join("\n  ")}`);
}

describeInBrowser("pages in a browser", () => {
  const site = useBrowserSite();

  it.concurrent("the skip link comes first and moves focus to the main content", async ({ expect }) => {
    const page = await openPage(site.browser, { viewport: { width: 1280, height: 800 } });
    try {
      const home = site.url("real", "");
      await page.goto(home, { waitUntil: "load" });
      await page.keyboard.press("Tab");
      const skipLink = await focused(page);
      expect(skipLink?.href, "the first Tab focuses the skip link").toBe("#main");
      expect(skipLink!.top, "the focused skip link is on screen").toBeGreaterThanOrEqual(0);
      expect(skipLink!.outline, "the focused skip link shows a focus outline").not.toBe("none");

      await page.keyboard.press("Enter");
      await page.waitForURL(`${home}#main`);
      // Focus is now on <main> itself, or (where it is not focusable) the browser's starting
      // point for sequential navigation is: the next Tab must land on main's first focusable element.
      const focusOnMain = await page.evaluate(() => document.activeElement?.localName === "main");
      if (!focusOnMain) {
        await page.keyboard.press("Tab");
        const next = await focused(page);
        const onFirstInMain = await page.evaluate(
          (selector) => document.activeElement !== null && document.activeElement === document.querySelector(selector),
          "main a[href], main button, main input, main select, main textarea, main [tabindex]:not([tabindex='-1'])",
        );
        expect(
          onFirstInMain,
          `after the skip link, Tab focuses main's first focusable element, not "${next?.text}"`,
        ).toBe(true);
      }
    } finally {
      await page.context().close();
    }
  });

  it.concurrent("a keyboard user can open Events from the navigation, then an event", async ({ expect }) => {
    const page = await openPage(site.browser, { viewport: { width: 1280, height: 800 } });
    try {
      await page.goto(site.url("real", ""), { waitUntil: "load" });
      const eventsHref = `${pathPrefix}events/`;
      const navLink = await tabUntil(page, "navigation link to Events", (el) => el.inNav && el.href === eventsHref);
      expect(navLink.outline, "the focused navigation link shows a focus outline").not.toBe("none");
      await Promise.all([
        page.waitForURL(site.url("real", "events/"), { waitUntil: "load" }),
        page.keyboard.press("Enter"),
      ]);

      const eventLink = await tabUntil(
        page,
        "link to an event",
        (el) => el.inMain && new RegExp(`^${pathPrefix}events/[^/]+/$`).test(el.href ?? ""),
      );
      expect(eventLink.bottom, "the focused event link is scrolled into view").toBeGreaterThan(0);
      const eventUrl = new URL(eventLink.href!, page.url()).href;
      await Promise.all([page.waitForURL(eventUrl, { waitUntil: "load" }), page.keyboard.press("Enter")]);
      const heading = await page.evaluate(() => document.querySelector("main h1")?.textContent?.trim() ?? "");
      expect(heading, "the event page has a heading").not.toBe("");
    } finally {
      await page.context().close();
    }
  });
});
