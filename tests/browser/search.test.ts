import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { recordKey } from "../../scripts/catalog/neighbors.ts";
import { textIn } from "../../scripts/i18n/localized-text.ts";
import { loadValidCatalog } from "../../scripts/catalog/load-catalog.ts";
import { searchShards } from "../../scripts/paths/search-shards.ts";
import { withdrawShard } from "../publish/empty-shard.ts";
import { describeInBrowser, openPage, treeData, useBrowserSite, watchProblems } from "./browser.ts";

/**
 * A few records per shard, so that the real data's index comes in several bundles, as a large
 * registry's does, and every search below runs across the merged bundles.
 */
const searchShardRecords = 3;
const site = useBrowserSite(["real"], { searchShardRecords });

const resultLinks = (page: Page) => page.locator(".pagefind-ui__result-link");

/** How many results Pagefind's message ("7 results for …") says there are. */
async function resultCount(page: Page): Promise<number> {
  return Number(/\d+/.exec((await page.locator(".pagefind-ui__message").textContent()) ?? "")?.[0] ?? -1);
}

/** The results on show, once Pagefind has shown all of them or its first page of five. */
async function settledResults(page: Page): Promise<string[]> {
  await expect
    .poll(async () => Math.min(await resultCount(page), 5) === (await resultLinks(page).count()), { timeout: 10_000 })
    .toBe(true);
  return resultLinks(page).allTextContents();
}

/** Types a query and waits until the results include the expected title. */
async function search(page: Page, query: string, expected: string): Promise<string[]> {
  await page.locator(".pagefind-ui__search-input").fill(query);
  await expect.poll(() => resultLinks(page).allTextContents(), { timeout: 10_000 }).toContain(expected);
  return settledResults(page);
}

/** Whether the focused element has a class: the page's DOM types are not in this project's lib. */
const focusedHas = (page: Page, className: string) =>
  page.evaluate(`document.activeElement?.classList.contains(${JSON.stringify(className)}) ?? false`);

describeInBrowser("search", () => {
  it("loads every shard of the index and finds records from each of them", async () => {
    const catalog = loadValidCatalog(treeData.real);
    const shards = searchShards(catalog, searchShardRecords);
    expect(shards.count).toBeGreaterThan(2);
    const page = await openPage(site.browser);
    const entries = new Set<string>();
    page.on("response", (response) => {
      // Pagefind asks for each bundle's entry file with a cache-busting query.
      const url = response.url().split("?")[0]!;
      if (response.ok() && url.endsWith("/pagefind-entry.json")) entries.add(url);
    });
    await page.goto(site.url("real", "search/"), { waitUntil: "load" });
    await page.locator(".pagefind-ui__search-input").fill("Shanghai");
    await expect.poll(() => resultCount(page), { timeout: 10_000 }).toBeGreaterThan(1);
    const bundles = shards.bundles("en").map((bundle) => `${site.tree("real").baseUrl}${bundle}pagefind-entry.json`);
    expect([...entries].sort()).toEqual(bundles.sort());
    // The results: every record in the catalog whose English index entry holds the word, from whichever shard.
    const titles = await settledResults(page);
    const shardsFound = new Set(
      [...catalog.organizations.values()]
        .filter((entry) => titles.includes((entry.record as { names: { display: { en: string } } }).names.display.en))
        .map((entry) => shards.shardOf(recordKey("organizations", entry.id))),
    );
    expect(shardsFound.size).toBeGreaterThan(1);
    await page.context().close();
  });

  it("finds a record by its English name, and by its Chinese name", async () => {
    const page = await openPage(site.browser);
    await page.goto(site.url("real", "search/"), { waitUntil: "load" });
    await search(page, "Shanghai Association", "Shanghai Association for Science and Technology");
    await search(page, "上海市科学技术协会", "Shanghai Association for Science and Technology");
    await page.context().close();
  });

  it("finds Chinese names from the Chinese search page, showing them in Chinese", async () => {
    const page = await openPage(site.browser);
    await page.goto(site.url("real", "search/", "zh"), { waitUntil: "load" });
    await search(page, "上海市人民政府", "上海市人民政府");
    await search(page, "科学技术协会", "中国科学技术协会");
    await page.context().close();
  });

  it("says truthfully what the English page finds of Chinese names, and links the page that finds more", async () => {
    const page = await openPage(site.browser);
    await page.goto(site.url("real", "search/"), { waitUntil: "load" });
    // As the page says: a Chinese name is found by its first characters, not by a word inside it.
    await search(page, "上海市", "Shanghai Association for Science and Technology");
    await page.locator(".pagefind-ui__search-input").fill("协会");
    await expect
      .poll(() => page.locator(".pagefind-ui__message").textContent(), { timeout: 10_000 })
      .toMatch(/^No results/);
    await page.getByRole("link", { name: "Chinese search page" }).click();
    await page.waitForURL(site.url("real", "search/", "zh"));
    await page.locator(".pagefind-ui__search-input").waitFor();
    const found = await search(page, "协会", "中国科学技术协会");
    expect(found).toContain("上海市科学技术协会");
    await page.context().close();
  });

  it("shows each result's type and kind in the page's language, and its title once", async () => {
    const page = await openPage(site.browser);
    for (const [locale, query, expected, tagNames] of [
      ["en", "Association", "China Association for Science and Technology", /^(Type|Kind): /],
      ["zh", "协会", "中国科学技术协会", /^(类型|类别): /],
    ] as const) {
      await page.goto(site.url("real", "search/", locale), { waitUntil: "load" });
      await search(page, query, expected);
      const results = await page.locator(".pagefind-ui__result").evaluateAll((items) =>
        items.map((item) => ({
          title: item.querySelector(".pagefind-ui__result-link")?.textContent ?? "",
          excerpt: item.querySelector(".pagefind-ui__result-excerpt")?.textContent ?? "",
          tags: [...item.querySelectorAll(".pagefind-ui__result-tag")].map((tag) => tag.textContent?.trim() ?? ""),
        })),
      );
      expect(results.length, locale).toBeGreaterThan(1);
      for (const { title, excerpt, tags } of results) {
        expect(tags, `${locale}: ${title}`).toHaveLength(2);
        for (const tag of tags) expect(tag, `${locale}: ${title}`).toMatch(tagNames);
        expect(excerpt.split(title).length - 1, `${locale}: "${title}" in "${excerpt}"`).toBeLessThanOrEqual(1);
      }
    }
    await page.context().close();
  });

  it("narrows the results with a filter", async () => {
    const page = await openPage(site.browser);
    await page.goto(site.url("real", "search/"), { waitUntil: "load" });
    await search(page, "Shanghai", "People's Government of Shanghai Municipality");
    const before = await resultCount(page);
    expect(before).toBeGreaterThan(1);
    // The "Type" filter: keep only events.
    await page.locator(".pagefind-ui__filter-name", { hasText: "Type" }).click();
    await page.locator('.pagefind-ui__filter-checkbox[value="Event"]').check();
    await expect.poll(() => resultCount(page), { timeout: 10_000 }).toBe(1);
    const events = await settledResults(page);
    expect(events).toEqual([
      "Unveiling ceremony of the cluster for international science and technology organizations",
    ]);
    await page.context().close();
  });

  it("says the result count in a live region that was on the page before the search", async () => {
    const page = await openPage(site.browser);
    await page.goto(site.url("real", "search/"), { waitUntil: "load" });
    const status = page.locator("main [role='status']");
    // Screen readers announce changes only in a live region that exists before the change.
    await expect.poll(() => status.count()).toBe(1);
    expect(await status.textContent()).toBe("");
    for (const [query, expected] of [
      ["Shanghai", "People's Government of Shanghai Municipality"],
      ["ceremony", "Unveiling ceremony of the cluster for international science and technology organizations"],
    ] as const) {
      await search(page, query, expected);
      const message = (await page.locator(".pagefind-ui__message").textContent()) ?? "";
      expect(message).toMatch(/\d+ results? for/);
      await expect.poll(() => status.textContent()).toBe(message);
    }
    // The visible message is not read a second time.
    expect(await page.locator(".pagefind-ui__message").getAttribute("aria-hidden")).toBe("true");
    await page.context().close();
  });

  it("can be reached, used and left with the keyboard alone", async () => {
    const page = await openPage(site.browser);
    await page.goto(site.url("real", ""), { waitUntil: "load" });
    // Tab through the header to the Search link, and open it.
    for (let presses = 0; presses < 12; presses++) {
      await page.keyboard.press("Tab");
      if ((await page.evaluate("document.activeElement?.textContent")) === "Search") break;
    }
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\/$/);
    await page.locator(".pagefind-ui__search-input").waitFor();
    for (let presses = 0; presses < 20; presses++) {
      await page.keyboard.press("Tab");
      if (await focusedHas(page, "pagefind-ui__search-input")) break;
    }
    await page.keyboard.type("Lin-gang Special Area");
    await resultLinks(page).first().waitFor({ timeout: 10_000 });
    for (let presses = 0; presses < 40; presses++) {
      await page.keyboard.press("Tab");
      if (await focusedHas(page, "pagefind-ui__result-link")) break;
    }
    const target = (await page.evaluate("document.activeElement.href")) as string;
    await page.keyboard.press("Enter");
    await page.waitForURL(target);
    expect(await page.locator("h1").textContent()).toBeTruthy();
    await page.context().close();
  });
});

/**
 * A shard that no live record falls in (all of its records withdrawn, or too few records for
 * the number of shards) must not break the search: neither as the first bundle, which the page
 * loads, nor as one merged into it.
 */
const emptyShardScratch = fs.mkdtempSync(path.join(os.tmpdir(), "registry-empty-shard-"));
afterAll(() => fs.rmSync(emptyShardScratch, { recursive: true, force: true }));

for (const emptyShard of [0, 1]) {
  describeInBrowser(`search with shard ${emptyShard} of 3 empty`, () => {
    const dataDir = path.join(emptyShardScratch, `shard-${emptyShard}`);
    fs.cpSync(treeData.real, dataDir, { recursive: true });
    const { searchShardRecords, live, catalog } = withdrawShard(dataDir, 3, emptyShard);
    const emptySite = useBrowserSite(["real"], { searchShardRecords, data: { real: dataDir } });

    it("finds every live record of the other shards, with no error on the page", async () => {
      const page = await openPage(emptySite.browser);
      const problems = watchProblems(page);
      try {
        await page.goto(emptySite.url("real", "search/"), { waitUntil: "load" });
        for (const { collection, id } of live.flat()) {
          // An organization's name, or an event's or a source's title, as the English results show it.
          const { names, title: recordTitle } = catalog[collection].get(id)!.record as {
            names?: { display: Record<string, string> };
            title?: Record<string, string>;
          };
          const title = textIn(names?.display ?? recordTitle!, "en").text;
          await search(page, title, title);
        }
      } finally {
        // Also when a search found nothing: what went wrong on the page says why.
        expect.soft(problems).toEqual([]);
        await page.context().close();
      }
    });
  });
}
