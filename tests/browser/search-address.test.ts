/**
 * In a real Chromium, the search boxes and the search page's address: a query typed into the
 * home page's box without scripts opens the search page with it (`?q=`), which then shows the
 * results; a query in Chinese characters given to the English page is sent to the Chinese one;
 * typing and ticking filters write the address back, and an address with filters opens the
 * results filtered. The header's box shows on wide screens only.
 */
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { describeInBrowser, openPage, useBrowserSite } from "./browser.ts";

const resultLinks = (page: Page) => page.locator(".pagefind-ui__result-link");

/** Waits until the results include `title`, and returns all of those shown. */
async function resultsWith(page: Page, title: string): Promise<string[]> {
  await expect.poll(() => resultLinks(page).allTextContents(), { timeout: 10_000 }).toContain(title);
  return resultLinks(page).allTextContents();
}

describeInBrowser("the search page's address", () => {
  const site = useBrowserSite(["real"]);

  it("takes a query from the home page's box without scripts, and shows its results with them", async () => {
    const withoutScripts = await openPage(site.browser, { javaScriptEnabled: false });
    let landed = "";
    try {
      await withoutScripts.goto(site.url("real", ""), { waitUntil: "load" });
      await withoutScripts.getByRole("searchbox", { name: "Search the registry" }).fill("Shanghai Association");
      await Promise.all([withoutScripts.waitForURL(/\/search\/\?q=/), withoutScripts.keyboard.press("Enter")]);
      landed = withoutScripts.url();
      expect(new URL(landed).searchParams.get("q")).toBe("Shanghai Association");
      expect(await withoutScripts.locator("noscript").count()).toBe(1);
    } finally {
      await withoutScripts.context().close();
    }
    const page = await openPage(site.browser);
    try {
      await page.goto(landed, { waitUntil: "load" });
      await resultsWith(page, "Shanghai Association for Science and Technology");
      expect(await page.locator(".pagefind-ui__search-input").inputValue()).toBe("Shanghai Association");
    } finally {
      await page.context().close();
    }
  });

  it("sends a query in Chinese characters to the Chinese search page, which finds it in Chinese", async () => {
    const page = await openPage(site.browser);
    try {
      await page.goto(`${site.url("real", "search/")}?q=${encodeURIComponent("上海")}`, { waitUntil: "load" });
      await page.waitForURL(`${site.url("real", "search/", "zh")}?q=${encodeURIComponent("上海")}`);
      const titles = await resultsWith(page, "上海市人民政府");
      expect(titles).toContain("上海市科学技术协会");
      expect(await page.locator("html").getAttribute("lang")).toBe("zh-Hans");
      // A query in Latin letters stays on the English page.
      await page.goto(`${site.url("real", "search/")}?q=Shanghai`, { waitUntil: "load" });
      await resultsWith(page, "People's Government of Shanghai Municipality");
      expect(new URL(page.url()).pathname).toBe(new URL(site.url("real", "search/")).pathname);
    } finally {
      await page.context().close();
    }
  });

  it("writes the query and the ticked filters into the address, and opens an address filtered", async () => {
    const page = await openPage(site.browser);
    try {
      await page.goto(site.url("real", "search/"), { waitUntil: "load" });
      await page.locator(".pagefind-ui__search-input").fill("Shanghai");
      await resultsWith(page, "People's Government of Shanghai Municipality");
      await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe("Shanghai");
      await page.locator(".pagefind-ui__filter-name", { hasText: "Type" }).click();
      await page.locator('.pagefind-ui__filter-checkbox[value="Event"]').check();
      await expect.poll(() => new URL(page.url()).searchParams.getAll("type")).toEqual(["event"]);
      const filtered = `${site.url("real", "search/")}?q=Shanghai&type=event`;
      expect(page.url()).toBe(filtered);

      await page.goto(`${site.url("real", "search/")}?q=Shanghai&kind=association`, { waitUntil: "load" });
      await resultsWith(page, "Shanghai Association for Science and Technology");
      await expect
        .poll(() => resultLinks(page).allTextContents(), { timeout: 10_000 })
        .toEqual(["Shanghai Association for Science and Technology"]);
      await page.locator(".pagefind-ui__filter-name", { hasText: "Kind" }).click();
      expect(await page.locator('.pagefind-ui__filter-checkbox[value="Association"]').isChecked()).toBe(true);
    } finally {
      await page.context().close();
    }
  });

  it("offers a search box in the header on wide screens, which opens the page's language's search", async () => {
    for (const [width, shown] of [
      [1280, true],
      [390, false],
    ] as const) {
      const page = await openPage(site.browser, { viewport: { width, height: 800 } });
      try {
        await page.goto(site.url("real", "events/", "zh"), { waitUntil: "load" });
        const box = page.locator("header form[role='search'] input[name='q']");
        expect(await box.isVisible(), `${width} px`).toBe(shown);
        if (!shown) continue;
        await box.fill("协会");
        await Promise.all([page.waitForURL(/\/zh\/search\/\?q=/), box.press("Enter")]);
        await resultsWith(page, "中国科学技术协会");
      } finally {
        await page.context().close();
      }
    }
  });
});
