import { UsageError } from "../command-line.ts";

/** Where the site is served: every absolute link, feed item and schema `$id` derives from it. */
export interface SiteConfig {
  /** Absolute URL of the site root, ending in `/`, such as `https://owner.github.io/repo/`. */
  baseUrl: string;
  /** The URL's path, such as `/repo/` (or `/` at a domain root); internal links start with it. */
  pathPrefix: string;
}

export const defaultSiteUrl = "http://localhost:8080/";

/**
 * Reads `SITE_URL` (default: the local preview address). A path in it, as in
 * `https://owner.github.io/repo/`, becomes the path prefix of every link.
 */
export function readSiteConfig(siteUrl = process.env.SITE_URL || defaultSiteUrl): SiteConfig {
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new UsageError(`SITE_URL is not an absolute URL: "${siteUrl}"`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new UsageError(`SITE_URL must start with https:// or http://, not "${url.protocol}"`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new UsageError(`SITE_URL must be a plain address without query, fragment or credentials: "${siteUrl}"`);
  }
  const pathPrefix = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  return { baseUrl: `${url.origin}${pathPrefix}`, pathPrefix };
}

/** The absolute URL of a site path such as `api/v1/index.json` (no leading slash). */
export function absoluteUrl(site: SiteConfig, sitePath: string): string {
  return `${site.baseUrl}${sitePath}`;
}

/** The root-relative link to a site path, with the path prefix, for use inside the site. */
export function rootRelativeUrl(site: SiteConfig, sitePath: string): string {
  return `${site.pathPrefix}${sitePath}`;
}
