import { isWithdrawn, type Catalog } from "../catalog/catalog.ts";
import type { Locale } from "../i18n/messages.ts";
import { pageLinks } from "../pages/page-links.ts";
import { collectionNames } from "../records/collections.ts";
import { absoluteUrl, type SiteConfig } from "../site-config.ts";
import { sitePaths } from "./site-paths.ts";
import { escapeHtml } from "./feeds/xml-text.ts";

/** The sitemaps protocol allows at most 50,000 URLs per file. */
const urlsPerSitemap = 50_000;

interface SitemapUrl {
  loc: string;
  lastmod: string;
}

/**
 * `sitemap.xml` (a sitemap index) and `sitemaps/<n>.xml`: every page people should find, with
 * `lastmod` from the history of the record behind it. Tombstones and redirects are left out.
 */
export function sitemapFiles(
  site: SiteConfig,
  catalog: Catalog,
  locales: readonly Locale[],
): { sitePath: string; text: string }[] {
  const urls: SitemapUrl[] = [];
  const day = (iso: string) => iso.slice(0, 10);
  for (const locale of locales) {
    for (const sitePath of [
      sitePaths.home,
      "organizations/",
      "events/",
      "sources/",
      sitePaths.apiPage,
      sitePaths.aboutPage,
    ]) {
      urls.push({ loc: pageLinks(site, locale, sitePath).canonical, lastmod: day(catalog.dataUpdated) });
    }
    for (const collection of collectionNames) {
      for (const entry of catalog[collection].values()) {
        if (isWithdrawn(entry)) continue;
        urls.push({
          loc: pageLinks(site, locale, sitePaths.recordPage(collection, entry.id)).canonical,
          lastmod: day(entry.dates.updated),
        });
      }
    }
  }
  const files: { sitePath: string; text: string }[] = [];
  for (let start = 0, page = 1; start < urls.length; start += urlsPerSitemap, page++) {
    const chunk = urls.slice(start, start + urlsPerSitemap);
    const body = chunk
      .map((url) => `<url><loc>${escapeHtml(url.loc)}</loc><lastmod>${url.lastmod}</lastmod></url>`)
      .join("\n");
    files.push({
      sitePath: sitePaths.sitemap(page),
      text: `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`,
    });
  }
  const index = files
    .map(
      (file) =>
        `<sitemap><loc>${escapeHtml(absoluteUrl(site, file.sitePath))}</loc><lastmod>${day(catalog.dataUpdated)}</lastmod></sitemap>`,
    )
    .join("\n");
  files.unshift({
    sitePath: sitePaths.sitemapIndex,
    text: `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${index}\n</sitemapindex>\n`,
  });
  return files;
}

/** `robots.txt`: everything may be crawled; the sitemap says what there is. */
export function robotsText(site: SiteConfig): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site, sitePaths.sitemapIndex)}\n`;
}
