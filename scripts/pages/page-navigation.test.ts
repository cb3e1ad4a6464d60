import { describe, expect, it } from "vitest";
import { readSiteConfig } from "../paths/site-config.ts";
import { pageNav, type PageNav } from "./page-navigation.ts";

const site = readSiteConfig("https://example.org/registry/");

/** The navigation's items as page numbers, "…" for a gap, and the current page in brackets. */
function shown(nav: PageNav | undefined): string[] {
  return (nav?.items ?? []).map((item) => ("gap" in item ? "…" : item.current ? `[${item.page}]` : String(item.page)));
}

describe("pageNav", () => {
  it("gives no navigation to a list of one page", () => {
    expect(pageNav(site, "en", "events", 1, 1)).toBeUndefined();
  });

  it("links the pages around the current one and always the first and the last", () => {
    expect(shown(pageNav(site, "en", "events", 1, 10))).toEqual(["[1]", "2", "3", "…", "10"]);
    expect(shown(pageNav(site, "en", "events", 10, 10))).toEqual(["1", "…", "8", "9", "[10]"]);
    expect(shown(pageNav(site, "en", "events", 7, 20))).toEqual(["1", "…", "5", "6", "[7]", "8", "9", "…", "20"]);
  });

  it("shows a gap of one page as that page", () => {
    expect(shown(pageNav(site, "en", "events", 5, 10))).toEqual(["1", "2", "3", "4", "[5]", "6", "7", "…", "10"]);
    expect(shown(pageNav(site, "en", "events", 6, 10))).toEqual(["1", "…", "4", "5", "[6]", "7", "8", "9", "10"]);
  });

  it("lists every page of a short list", () => {
    expect(shown(pageNav(site, "en", "events", 2, 2))).toEqual(["1", "[2]"]);
    expect(shown(pageNav(site, "en", "events", 3, 5))).toEqual(["1", "2", "[3]", "4", "5"]);
  });

  it("links the previous and the next page where there is one", () => {
    expect(pageNav(site, "en", "events", 1, 3)).toMatchObject({ page: 1, pages: 3, next: "/registry/events/page/2/" });
    expect(pageNav(site, "en", "events", 1, 3)).not.toHaveProperty("previous");
    expect(pageNav(site, "en", "events", 2, 3)).toMatchObject({
      previous: "/registry/events/",
      next: "/registry/events/page/3/",
    });
    expect(pageNav(site, "en", "events", 3, 3)).toMatchObject({ previous: "/registry/events/page/2/" });
    expect(pageNav(site, "en", "events", 3, 3)).not.toHaveProperty("next");
  });

  it("links each page of the collection's list in the page's language, the first at the list itself", () => {
    expect(pageNav(site, "zh-Hans", "organizations", 2, 3)!.items).toEqual([
      { page: 1, href: "/registry/zh/organizations/", current: false },
      { page: 2, href: "/registry/zh/organizations/page/2/", current: true },
      { page: 3, href: "/registry/zh/organizations/page/3/", current: false },
    ]);
  });
});
