import type { Locale } from "../i18n/messages.ts";
import { listPagePaths, type ListPaging } from "../paths/list-paging.ts";
import { pageLinks } from "../paths/page-links.ts";
import { collectionNames, type CollectionName } from "../records/collections.ts";
import { absoluteUrl, type SiteConfig } from "../paths/site-config.ts";
import { sitePaths } from "../paths/site-paths.ts";
import { escapeHtml } from "../text/escape-html.ts";
import type { PieceStream } from "./output.ts";
import type { OutputContext } from "./output-context.ts";

/** The sitemaps protocol allows at most 50,000 URLs per file. */
const urlsPerSitemap = 50_000;

interface SitemapUrl {
  loc: string;
  lastmod: string;
}

/**
 * `sitemap.xml` (a sitemap index) and `sitemaps/<n>.xml`: every page people should find, with
 * `lastmod` from the history of the record behind it. Tombstones and redirects are left out.
 *
 * Each sitemap is made as it is written, one URL at a time: at 100,000 records there are 200,000
 * URLs, which made whole would be held, with the text of every file, while the other lists are written.
 */
export function sitemapFiles(
  { site, catalog }: OutputContext,
  locales: readonly Locale[],
  paging: ListPaging,
  urlsPerFile = urlsPerSitemap,
): { sitePath: string; content: string | PieceStream }[] {
  const day = (iso: string) => iso.slice(0, 10);
  const listed = (collection: CollectionName) => {
    let count = 0;
    for (const entry of catalog[collection].values()) if (entry.live) count++;
    return count;
  };
  // Home, every page of each list, then the API and about pages.
  const pagePaths = [
    sitePaths.home,
    ...[...listPagePaths(paging)].map((page) => page.sitePath),
    sitePaths.apiPage,
    sitePaths.aboutPage,
  ];
  const perLocale = pagePaths.length + collectionNames.reduce((sum, collection) => sum + listed(collection), 0);
  // The URLs in order, from the `skip`-th on; those skipped are counted, not made.
  function* urls(skip: number): Generator<SitemapUrl> {
    for (const locale of locales) {
      if (skip >= perLocale) {
        skip -= perLocale;
        continue;
      }
      for (const sitePath of pagePaths) {
        if (skip > 0) skip--;
        else yield { loc: pageLinks(site, locale, sitePath).canonical, lastmod: day(catalog.dataUpdated) };
      }
      for (const collection of collectionNames) {
        for (const entry of catalog[collection].values()) {
          if (!entry.live) continue;
          if (skip > 0) skip--;
          else
            yield {
              loc: pageLinks(site, locale, sitePaths.recordPage(collection, entry.id)).canonical,
              lastmod: day(entry.dates.updated),
            };
        }
      }
    }
  }
  const total = perLocale * locales.length;
  const files: { sitePath: string; content: string | PieceStream }[] = [];
  for (let start = 0, page = 1; start < total; start += urlsPerFile, page++) {
    const count = Math.min(urlsPerFile, total - start);
    files.push({
      sitePath: sitePaths.sitemap(page),
      content: {
        *pieces() {
          yield `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n`;
          let made = 0;
          for (const url of urls(start)) {
            yield `${made === 0 ? "" : "\n"}<url><loc>${escapeHtml(url.loc)}</loc><lastmod>${url.lastmod}</lastmod></url>`;
            if (++made === count) break;
          }
          yield "\n</urlset>\n";
        },
      },
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
    content: `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${index}\n</sitemapindex>\n`,
  });
  return files;
}

/** `robots.txt`: everything may be crawled; the sitemap says what there is. */
export function robotsText(site: SiteConfig): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site, sitePaths.sitemapIndex)}\n`;
}
