import type { Catalog } from "../catalog/catalog.ts";
import type { SiteConfig } from "../paths/site-config.ts";
import { OutputCache } from "./output-cache.ts";

/** What every output is made from: where the site is served, the catalog, and the pieces kept between builds. */
export interface OutputContext {
  site: SiteConfig;
  catalog: Catalog;
  cache: OutputCache;
}

/** The context of a one-off build, unless given the cache of a builder that rebuilds. */
export function outputContext(site: SiteConfig, catalog: Catalog, cache = new OutputCache(false)): OutputContext {
  return { site, catalog, cache };
}
