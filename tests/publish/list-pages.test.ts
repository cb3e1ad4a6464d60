/**
 * The collection lists in pages: read back with parse5, every list's pages hold every record once,
 * in the order of the whole list, link to each other, and a rebuild that adds or drops a page
 * leaves the tree a cold build gives.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as parse5 from "parse5";
import { afterAll, describe, expect, it } from "vitest";
import { applyDataEdit } from "../../scripts/bench/data-edits.ts";
import { writeDataset } from "../../scripts/generator/generate-dataset.ts";
import { locales, messagesFor, type Locale } from "../../scripts/i18n/messages.ts";
import { pageLinks } from "../../scripts/paths/page-links.ts";
import { loadValidCatalog } from "../../scripts/catalog/load-catalog.ts";
import { buildSite, SiteBuilder } from "../../scripts/writer/site-builder.ts";
import { sitePaths } from "../../scripts/paths/site-paths.ts";
import { collectionNames, type CollectionName } from "../../scripts/records/collections.ts";
import { readSiteConfig } from "../../scripts/paths/site-config.ts";
import { attribute, textOf, type HtmlNode } from "./html-nodes.ts";
import { treeDigest } from "./tree-digest.ts";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "registry-list-pages-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const site = readSiteConfig("https://example.github.io/registry/");

function elements(node: HtmlNode, test: (node: HtmlNode) => boolean, found: HtmlNode[] = []): HtmlNode[] {
  if (test(node)) found.push(node);
  for (const child of node.childNodes ?? []) elements(child, test, found);
  return found;
}

/** What a list page shows: its title, the records it links in its content, its headings, its page links. */
function readListPage(outDir: string, collection: CollectionName, page: number, locale: Locale) {
  const file = path.join(outDir, pageLinks(site, locale, sitePaths.collectionPage(collection, page)).permalink);
  const document = parse5.parse(fs.readFileSync(file, "utf8")) as unknown as HtmlNode;
  const main = elements(document, (node) => node.nodeName === "main")[0]!;
  const recordPrefix = pageLinks(site, locale, `${collection}/`).href;
  const nav = elements(main, (node) => node.nodeName === "nav")[0];
  const navLinks = nav ? elements(nav, (node) => node.nodeName === "a") : [];
  return {
    title: textOf(elements(document, (node) => node.nodeName === "title")[0]!),
    records: elements(main, (node) => node.nodeName === "a" && !navLinks.includes(node))
      .map((link) => attribute(link, "href")!)
      .filter((href) => href.startsWith(recordPrefix) && !href.includes("/page/") && href !== recordPrefix),
    headings: elements(main, (node) => node.nodeName === "h2" || node.nodeName === "h3").map(textOf),
    navLabel: nav && attribute(nav, "aria-label"),
    previous: navLinks.find((link) => attribute(link, "rel") === "prev"),
    next: navLinks.find((link) => attribute(link, "rel") === "next"),
    current: navLinks.filter((link) => attribute(link, "aria-current") === "page"),
    numbered: navLinks.filter((link) => /^\d+$/.test(textOf(link))),
    formats: elements(main, (node) => attribute(node, "class") === "formats").map(textOf),
  };
}

const pageHref = (collection: CollectionName, page: number, locale: Locale) =>
  pageLinks(site, locale, sitePaths.collectionPage(collection, page)).href;

describe("the collection lists, in pages", () => {
  const dataDir = path.join(scratch, "data");
  writeDataset(dataDir, { records: 60, seed: 11 });
  const catalog = loadValidCatalog(dataDir);
  const pageSize = 4;
  const pagedDir = path.join(scratch, "paged");
  const wholeDir = path.join(scratch, "whole");
  const pagesOf = (collection: CollectionName) => Math.ceil(catalog.liveIds[collection].length / pageSize);

  it("hold every record once, in the order of the whole list, and no more pages than that takes", async () => {
    expect((await buildSite({ dataDir, outDir: pagedDir, site, listPageSize: pageSize })).ok).toBe(true);
    expect((await buildSite({ dataDir, outDir: wholeDir, site, listPageSize: 1_000 })).ok).toBe(true);
    for (const collection of collectionNames) {
      const pages = pagesOf(collection);
      if (collection !== "sources") expect(pages, collection).toBeGreaterThan(2);
      for (const locale of locales) {
        const whole = readListPage(wholeDir, collection, 1, locale);
        expect(whole.navLabel, "a list of one page has no page links").toBeUndefined();
        expect(whole.records).toHaveLength(catalog.liveIds[collection].length);
        const paged = Array.from({ length: pages }, (_, index) =>
          readListPage(pagedDir, collection, index + 1, locale),
        );
        expect(paged.flatMap((page) => page.records)).toEqual(whole.records);
        expect(paged.every((page) => page.records.length <= pageSize)).toBe(true);
        // A heading that continues onto the next page keeps the count of the whole group.
        expect(new Set(paged.flatMap((page) => page.headings))).toEqual(new Set(whole.headings));
        expect(new Set(paged.map((page) => page.title)).size).toBe(pages);
        expect(paged[0]!.title).toBe(whole.title);
        const after = pageLinks(site, locale, sitePaths.collectionPage(collection, pages + 1)).permalink;
        expect(fs.existsSync(path.join(pagedDir, after)), after).toBe(false);
      }
    }
  }, 60_000);

  it("offer the list, not a record, in its other forms", () => {
    for (const collection of collectionNames) {
      for (const locale of locales) {
        const { formats } = readListPage(pagedDir, collection, 1, locale);
        expect(formats, `${collection} (${locale})`).toHaveLength(1);
        expect(formats[0], `${collection} (${locale})`).toMatch(
          new RegExp(`^${messagesFor(locale).listFormats}: JSON`),
        );
      }
    }
  });

  it("link each page to the one before and after it, to the first and last, and mark the page itself", () => {
    for (const collection of ["organizations", "events"] as const) {
      const pages = pagesOf(collection);
      for (const locale of locales) {
        for (let page = 1; page <= pages; page++) {
          const shown = readListPage(pagedDir, collection, page, locale);
          const label = `${collection} page ${page} (${locale})`;
          expect(shown.navLabel, label).toBeTruthy();
          expect(shown.previous && attribute(shown.previous, "href"), label).toBe(
            page > 1 ? pageHref(collection, page - 1, locale) : undefined,
          );
          expect(shown.next && attribute(shown.next, "href"), label).toBe(
            page < pages ? pageHref(collection, page + 1, locale) : undefined,
          );
          expect(
            shown.current.map((link) => attribute(link, "href")),
            label,
          ).toEqual([pageHref(collection, page, locale)]);
          const numbers = shown.numbered.map((link) => Number(textOf(link)));
          expect(numbers[0], label).toBe(1);
          expect(numbers.at(-1), label).toBe(pages);
          for (const link of shown.numbered)
            expect(attribute(link, "href"), label).toBe(pageHref(collection, Number(textOf(link)), locale));
        }
      }
    }
  });

  it("gain and lose a page in a rebuild exactly as a cold build does", async () => {
    // A page size that the events fill exactly, so that one event more needs a page more.
    const events = catalog.liveIds.events.length;
    const exact = [5, 6, 7, 8, 9, 10, 11, 12, 4, 3].find((size) => events % size === 0)!;
    expect(exact, `no page size divides ${events} events`).toBeDefined();
    const pages = events / exact;
    const outDir = path.join(scratch, "rebuilt");
    const builder = new SiteBuilder({ dataDir, outDir, site, listPageSize: exact });
    expect((await builder.build()).ok).toBe(true);
    const newPage = locales.map(
      (locale) => pageLinks(site, locale, sitePaths.collectionPage("events", pages + 1)).permalink,
    );

    applyDataEdit(dataDir, "add");
    expect((await builder.rebuild({ waitForBackground: true })).ok).toBe(true);
    expect(builder.lastRebuild!.written).toEqual(expect.arrayContaining(newPage));
    const coldAdded = path.join(scratch, "cold-added");
    expect((await buildSite({ dataDir, outDir: coldAdded, site, listPageSize: exact })).ok).toBe(true);
    expect(treeDigest(outDir)).toEqual(treeDigest(coldAdded));

    applyDataEdit(dataDir, "delete");
    expect((await builder.rebuild({ waitForBackground: true })).ok).toBe(true);
    expect(builder.lastRebuild!.removed).toEqual(expect.arrayContaining(newPage));
    for (const file of newPage) expect(fs.existsSync(path.join(outDir, file)), file).toBe(false);
    const coldDeleted = path.join(scratch, "cold-deleted");
    expect((await buildSite({ dataDir, outDir: coldDeleted, site, listPageSize: exact })).ok).toBe(true);
    expect(treeDigest(outDir)).toEqual(treeDigest(coldDeleted));
  }, 120_000);
});
