/**
 * Every page of the real data and of the hostile data (long names, every field filled) within
 * 15 KB gzip, its HTML with the stylesheet and the site's own scripts it loads; nothing blocks
 * rendering but the stylesheet. Pagefind's files, which only the search page loads, are
 * weighed on their own: they are the search engine, and are reported, not budgeted.
 */
import { describe, expect, it } from "vitest";
import { pageBudgetBytes, weighSite } from "../../scripts/site-checks/page-weight.ts";
import { hostileAtPrefix, realAtPrefix, useBuiltTrees } from "./built-site.ts";

const trees = [realAtPrefix, hostileAtPrefix];
const built = useBuiltTrees(trees);

describe.each(trees)("page weight ($name)", (spec) => {
  it("keeps every page within the budget, and nothing but the stylesheet blocks rendering", () => {
    const tree = built.get(spec);
    const weight = weighSite(tree.dir, new URL(tree.baseUrl).pathname);
    expect(weight.pages.length).toBeGreaterThan(10);
    expect(weight.problems).toEqual([]);
    expect(Math.max(...weight.pages.map((page) => page.bytes))).toBeLessThanOrEqual(pageBudgetBytes);
  });

  it("weighs each language's search bundle on its own", () => {
    const weight = weighSite(built.get(spec).dir, new URL(built.get(spec).baseUrl).pathname);
    expect(weight.searchBundles.map((bundle) => bundle.bundle)).toEqual(
      expect.arrayContaining(["pagefind/en/0/", "pagefind/zh/0/"]),
    );
    for (const bundle of weight.searchBundles) expect(bundle.bytes, bundle.bundle).toBeGreaterThan(10_000);
  });
});
