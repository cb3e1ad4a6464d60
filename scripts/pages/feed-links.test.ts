import { describe, expect, it } from "vitest";
import { messages } from "../i18n/messages.ts";
import { readSiteConfig } from "../paths/site-config.ts";
import { changesFeedLinks, eventsFeedLink, eventsFeedLinks, organizationFeedLink } from "./feed-links.ts";

const site = readSiteConfig("https://example.org/registry/");
const en = messages.en;
const zh = messages["zh-Hans"];

describe("feed links", () => {
  it("link the events feed by its absolute address, titled as a feed of events in the page's language", () => {
    const href = "https://example.org/registry/feeds/events.xml";
    expect(eventsFeedLink(site, "en")).toEqual({
      title: `${en.rssFeed}: ${en.eventsFeedTitle}`,
      href,
      type: "application/rss+xml",
    });
    expect(eventsFeedLink(site, "zh-Hans")).toEqual({
      title: `${zh.rssFeed}：${zh.eventsFeedTitle}`,
      href,
      type: "application/rss+xml",
    });
  });

  it("give the events feed, its JSON Feed, and then the calendar of every event", () => {
    expect(eventsFeedLinks(site, "zh-Hans")).toEqual([
      eventsFeedLink(site, "zh-Hans"),
      {
        title: `${zh.jsonFeed}：${zh.eventsFeedTitle}`,
        href: "https://example.org/registry/feeds/events.json",
        type: "application/feed+json",
      },
      { title: zh.calendar, href: "https://example.org/registry/calendar/events.ics", type: "text/calendar" },
    ]);
  });

  it("link the changes feed and its JSON Feed, titled as feeds of changes", () => {
    expect(changesFeedLinks(site, "en")).toEqual([
      {
        title: `${en.rssFeed}: ${en.changesFeedTitle}`,
        href: "https://example.org/registry/feeds/changes.xml",
        type: "application/rss+xml",
      },
      {
        title: `${en.jsonFeed}: ${en.changesFeedTitle}`,
        href: "https://example.org/registry/feeds/changes.json",
        type: "application/feed+json",
      },
    ]);
  });

  it("link an organization's feed by its id, titled with the name given", () => {
    expect(organizationFeedLink(site, "zh-Hans", "中国科协", "cast")).toEqual({
      title: `${zh.rssFeed}：中国科协`,
      href: "https://example.org/registry/feeds/organizations/cast.xml",
      type: "application/rss+xml",
    });
  });
});
