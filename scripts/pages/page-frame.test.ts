import { describe, expect, it } from "vitest";
import { locales, messages } from "../i18n/messages.ts";
import { readSiteConfig } from "../paths/site-config.ts";
import { pageFrame, type FeedLink } from "./page-frame.ts";

describe("pageFrame", () => {
  const site = readSiteConfig("https://example.org/registry/");
  const options = {
    locale: "en",
    sitePath: "events/forum/",
    title: "A forum",
    description: "About a forum",
    section: "events",
  } as const;

  it("gives the main navigation in the page's language, marking the page's section as current", () => {
    const frame = pageFrame(site, { ...options, locale: "zh-Hans" }, locales);
    const labels = messages["zh-Hans"].nav;
    expect(frame.nav).toEqual([
      { key: "organizations", label: labels.organizations, href: "/registry/zh/organizations/", current: false },
      { key: "events", label: labels.events, href: "/registry/zh/events/", current: true },
      { key: "sources", label: labels.sources, href: "/registry/zh/sources/", current: false },
      { key: "search", label: labels.search, href: "/registry/zh/search/", current: false },
      { key: "api", label: labels.api, href: "/registry/zh/api/", current: false },
      { key: "about", label: labels.about, href: "/registry/zh/about/", current: false },
    ]);
    expect(frame.homeHref).toBe("/registry/zh/");
  });

  it("marks no section current on a page outside them", () => {
    const frame = pageFrame(site, { ...options, sitePath: "", section: "home" }, locales);
    expect(frame.nav.filter((item) => item.current)).toEqual([]);
    expect(frame.homeHref).toBe("/registry/");
  });

  it("links the page itself, relative and absolute, with the path prefix", () => {
    expect(pageFrame(site, options, locales).links).toEqual({
      href: "/registry/events/forum/",
      canonical: "https://example.org/registry/events/forum/",
      permalink: "events/forum/index.html",
    });
  });

  it("lists the page in each published language it exists in, when there is more than one", () => {
    expect(pageFrame(site, options, locales).alternates).toEqual([
      {
        hreflang: "en",
        href: "https://example.org/registry/events/forum/",
        localHref: "/registry/events/forum/",
      },
      {
        hreflang: "zh-Hans",
        href: "https://example.org/registry/zh/events/forum/",
        localHref: "/registry/zh/events/forum/",
      },
    ]);
  });

  it("links the search page of its language, and names its Open Graph locale and those of its other languages", () => {
    const chinese = pageFrame(site, { ...options, locale: "zh-Hans" }, locales);
    expect(chinese.searchHref).toBe("/registry/zh/search/");
    expect(chinese.openGraphLocale).toBe("zh_CN");
    expect(chinese.openGraphAlternates).toEqual(["en_US"]);
    expect(pageFrame(site, options, ["en"]).openGraphAlternates).toEqual([]);
  });

  it("lists no alternates for a page in one language only", () => {
    expect(pageFrame(site, options, ["en"]).alternates).toEqual([]);
    expect(pageFrame(site, { ...options, available: ["en"] }, locales).alternates).toEqual([]);
    // Available in both, but published in one: the Chinese page does not exist.
    expect(pageFrame(site, { ...options, available: locales }, ["en"]).alternates).toEqual([]);
  });

  it("describes the page as it is told", () => {
    expect(pageFrame(site, options, locales).description).toBe("About a forum");
  });

  it("carries a redirect, feeds and a JSON counterpart only when given", () => {
    const plain = pageFrame(site, options, locales);
    expect(plain).not.toHaveProperty("redirect");
    expect(plain).not.toHaveProperty("json");
    expect(plain.feeds).toEqual([]);

    const feeds: FeedLink[] = [
      { title: "Feed", href: "https://example.org/registry/f.xml", type: "application/rss+xml" },
    ];
    const redirect = "https://example.org/registry/events/new-forum/";
    const json = "https://example.org/registry/api/v1/events/forum.json";
    expect(pageFrame(site, { ...options, feeds, redirect, json }, locales)).toMatchObject({ feeds, redirect, json });
  });

  it("names as canonical the page it redirects to, or else itself", () => {
    const own = pageFrame(
      site,
      { ...options, sitePath: "organizations/hub/", title: "Hub", section: "organizations" },
      locales,
    );
    expect(own.canonical).toBe(own.links.canonical);
    const moved = pageFrame(
      site,
      {
        ...options,
        sitePath: "organizations/old/",
        title: "Hub",
        section: "organizations",
        redirect: "https://example.org/registry/organizations/hub/",
      },
      locales,
    );
    expect(moved.canonical).toBe("https://example.org/registry/organizations/hub/");
  });
});
