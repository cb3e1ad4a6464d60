import type { Catalog } from "../../catalog/catalog.ts";
import type { SiteConfig } from "../../site-config.ts";
import type { OutputTree } from "../output-tree.ts";
import { sitePaths } from "../site-paths.ts";
import { eventCalendar, eventsCalendar } from "./icalendar.ts";
import { eventsFeed, organizationFeed } from "./rss-feeds.ts";

/** Writes the RSS feeds and iCalendar files straight from the catalog. */
export function writeFeeds(site: SiteConfig, catalog: Catalog, output: OutputTree): void {
  output.write(sitePaths.eventsFeed, eventsFeed(site, catalog));
  for (const id of catalog.organizations.keys()) {
    output.write(sitePaths.organizationFeed(id), organizationFeed(site, catalog, id));
  }
  output.write(sitePaths.eventsCalendar, eventsCalendar(site, catalog));
  for (const id of catalog.events.keys()) output.write(sitePaths.eventCalendar(id), eventCalendar(site, catalog, id));
}
