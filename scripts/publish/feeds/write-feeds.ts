import type { Catalog } from "../../catalog/catalog.ts";
import type { SiteConfig } from "../../site-config.ts";
import type { OutputTree } from "../output-tree.ts";
import { sitePaths } from "../site-paths.ts";
import { eventCalendar, eventsCalendar } from "./icalendar.ts";
import { changesFeed, eventsFeed, organizationFeed } from "./rss-feeds.ts";

/** Writes the RSS feeds and iCalendar files straight from the catalog. */
export function writeFeeds(site: SiteConfig, catalog: Catalog, output: OutputTree): void {
  output.write(sitePaths.eventsFeed, eventsFeed(site, catalog));
  output.write(sitePaths.changesFeed, changesFeed(site, catalog));
  for (const id of catalog.liveIds.organizations) {
    output.write(sitePaths.organizationFeed(id), organizationFeed(site, catalog, id));
  }
  output.write(sitePaths.eventsCalendar, eventsCalendar(site, catalog));
  // A withdrawn event has no calendar: subscribers should not keep it.
  for (const id of catalog.liveEventsNewestFirst)
    output.write(sitePaths.eventCalendar(id), eventCalendar(site, catalog, id));
}
