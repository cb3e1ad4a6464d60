/**
 * In a real Chromium, the collection lists narrowed and ordered in the browser: the form shows
 * only with scripts, each choice narrows or orders the rows and goes into the address, an
 * address with choices opens the list narrowed, and without scripts the whole list shows. On a
 * generated dataset, whose records have many kinds, statuses and countries.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, expect, it } from "vitest";
import { writeDataset } from "../../scripts/generator/generate-dataset.ts";
import { describeInBrowser, openPage, useBrowserSite } from "./browser.ts";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "registry-list-filters-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
const dataDir = path.join(scratch, "data");
// Few enough records that every list fits on one page.
writeDataset(dataDir, { records: 80, seed: 7 });

/** What the list shows: the grouped rows, or the narrowed ones, as their link texts and data attributes. */
async function visibleRows(page: Page) {
  return page.locator("main li[data-kind]:visible").evaluateAll((rows) =>
    rows.map((row) => ({
      name: row.querySelector("a")?.textContent ?? "",
      kind: row.getAttribute("data-kind"),
      status: row.getAttribute("data-status"),
      date: row.getAttribute("data-date"),
    })),
  );
}

describeInBrowser("list filters", () => {
  const site = useBrowserSite(["real"], { data: { real: dataDir } });

  it("narrow the organizations by kind and status, with the choices in the address", async () => {
    const page = await openPage(site.browser);
    try {
      await page.goto(site.url("real", "organizations/"), { waitUntil: "load" });
      const form = page.locator("form[data-list-filter]");
      await expect.poll(() => form.isVisible()).toBe(true);
      const all = await visibleRows(page);
      expect(new Set(all.map((row) => row.kind)).size).toBeGreaterThan(1);
      const kind = all[all.length - 1]!.kind!;
      await form.locator("select[name='kind']").selectOption(kind);
      const narrowed = await visibleRows(page);
      expect(narrowed.length).toBe(all.filter((row) => row.kind === kind).length);
      expect(narrowed.every((row) => row.kind === kind)).toBe(true);
      expect(new URL(page.url()).searchParams.get("kind")).toBe(kind);
      expect(await form.locator("output").textContent()).toBe(`Showing ${narrowed.length} of ${all.length}`);

      const status = narrowed[0]!.status!;
      await form.locator("select[name='status']").selectOption(status);
      const both = await visibleRows(page);
      expect(both.length).toBe(all.filter((row) => row.kind === kind && row.status === status).length);

      // The address opens the same narrowed list; the reset button shows everything again.
      await page.goto(page.url(), { waitUntil: "load" });
      expect(await visibleRows(page)).toEqual(both);
      await form.locator("button[type='reset']").click();
      await expect.poll(async () => (await visibleRows(page)).length).toBe(all.length);
      expect(new URL(page.url()).search).toBe("");
    } finally {
      await page.context().close();
    }
  });

  it("sort the events by name and by date, either way", async () => {
    const page = await openPage(site.browser);
    try {
      await page.goto(`${site.url("real", "events/")}?sort=name`, { waitUntil: "load" });
      const byName = (await visibleRows(page)).map((row) => row.name);
      expect(byName.length).toBeGreaterThan(10);
      expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, "en")));
      const sort = page.locator("form[data-list-filter] select[name='sort']");
      expect(await sort.inputValue()).toBe("name");
      await sort.selectOption("oldest");
      const oldest = (await visibleRows(page)).map((row) => row.date ?? "");
      expect(oldest).toEqual([...oldest].sort());
      await sort.selectOption("newest");
      const newest = (await visibleRows(page)).map((row) => row.date ?? "");
      expect(newest).toEqual([...newest].sort().reverse());
      expect(new URL(page.url()).searchParams.get("sort")).toBe("newest");
    } finally {
      await page.context().close();
    }
  });

  it("narrow the sources by kind, in Chinese too", async () => {
    const page = await openPage(site.browser);
    try {
      await page.goto(site.url("real", "sources/", "zh"), { waitUntil: "load" });
      const all = await visibleRows(page);
      const kind = all[0]!.kind!;
      await page.locator("form[data-list-filter] select[name='kind']").selectOption(kind);
      const narrowed = await visibleRows(page);
      expect(narrowed.length).toBe(all.filter((row) => row.kind === kind).length);
      expect(await page.locator("form[data-list-filter] output").textContent()).toMatch(
        new RegExp(`^显示 ${narrowed.length} 条，共 ${all.length} 条$`),
      );
    } finally {
      await page.context().close();
    }
  });

  it("leave the whole list, and no form, without scripts, whatever the address asks", async () => {
    const page = await openPage(site.browser, { javaScriptEnabled: false });
    try {
      await page.goto(`${site.url("real", "organizations/")}?kind=association&sort=name`, { waitUntil: "load" });
      expect(await page.locator("form[data-list-filter]").isVisible()).toBe(false);
      const rows = await visibleRows(page);
      expect(rows.length).toBe(await page.locator("main li[data-kind]").count());
      expect(new Set(rows.map((row) => row.kind)).size).toBeGreaterThan(1);
    } finally {
      await page.context().close();
    }
  });
});
