import { afterEach, describe, expect, it, vi } from "vitest";
import { catalogOf, sampleEvent, sampleOrganization, sampleSource } from "../catalog/catalog.test-support.ts";
import { en } from "../i18n/en.ts";
import { fill, fillAroundLink, locales } from "../i18n/messages.ts";
import { zhHans as zh } from "../i18n/zh-hans.ts";
import { searchShards } from "../paths/search-shards.ts";
import { readSiteConfig } from "../paths/site-config.ts";
import { aboutPage, notFoundPage, searchPage } from "./static-pages.ts";

const site = readSiteConfig("https://example.org/registry/");
describe("aboutPage", () => {
  const catalog = catalogOf({
    organizations: [
      sampleOrganization("cast"),
      sampleOrganization("sast"),
      sampleOrganization("old", { status: "withdrawn" }),
    ],
    events: [sampleEvent("forum"), sampleEvent("dropped", { status: "withdrawn" })],
    sources: [sampleSource("a"), sampleSource("b"), sampleSource("c")],
  });
  afterEach(() => vi.unstubAllEnvs());

  it("counts the live records in words, and links the list of sources", () => {
    expect(aboutPage(site, catalog, "en", locales).holdings).toEqual({
      ...fillAroundLink(en.aboutPage.holdings, {
        organizations: fill(en.count.organizations.other, { count: "2" }),
        events: fill(en.count.events.one, { count: "1" }),
        sources: fill(en.count.sources.other, { count: "3" }),
      }),
      link: { text: en.aboutPage.holdingsLink, href: "/registry/sources/" },
    });
    expect(aboutPage(site, catalog, "zh-Hans", locales).holdings.link).toEqual({
      text: zh.aboutPage.holdingsLink,
      href: "/registry/zh/sources/",
    });
  });

  it("links the repository only at an https address", () => {
    vi.stubEnv("REPOSITORY_URL", "https://github.com/owner/registry");
    expect(aboutPage(site, catalog, "en", locales).repositoryUrl).toBe("https://github.com/owner/registry");
    vi.stubEnv("REPOSITORY_URL", "javascript:alert(1)");
    expect(aboutPage(site, catalog, "en", locales)).not.toHaveProperty("repositoryUrl");
    vi.stubEnv("REPOSITORY_URL", "");
    expect(aboutPage(site, catalog, "en", locales)).not.toHaveProperty("repositoryUrl");
  });
});

describe("notFoundPage", () => {
  const catalog = catalogOf({});

  it("says that nothing is here in its own language, then in every other published one, each with its lists", () => {
    const page = notFoundPage(site, catalog, "en", locales);
    expect(page.own).toEqual({
      locale: "en",
      title: en.notFound.title,
      text: en.notFound.text,
      lists: [
        { label: en.nav.home, href: "/registry/" },
        { label: en.nav.organizations, href: "/registry/organizations/" },
        { label: en.nav.events, href: "/registry/events/" },
        { label: en.nav.sources, href: "/registry/sources/" },
      ],
    });
    expect(page.others).toEqual([
      {
        locale: "zh-Hans",
        title: zh.notFound.title,
        text: zh.notFound.text,
        lists: [
          { label: zh.nav.home, href: "/registry/zh/" },
          { label: zh.nav.organizations, href: "/registry/zh/organizations/" },
          { label: zh.nav.events, href: "/registry/zh/events/" },
          { label: zh.nav.sources, href: "/registry/zh/sources/" },
        ],
      },
    ]);
    expect(page.frame.title).toBe(en.notFound.title);
    expect(page.frame.alternates).toEqual([]);
    expect(notFoundPage(site, catalog, "en", ["en"]).others).toEqual([]);
  });
});

describe("searchPage", () => {
  const catalog = catalogOf({
    organizations: [sampleOrganization("cast"), sampleOrganization("sast")],
    events: [sampleEvent("forum")],
    sources: [sampleSource("article")],
  });

  it("loads the bundles of its language under the path prefix, outside the language's folder", () => {
    const shards = searchShards(catalog);
    expect(searchPage(site, catalog, shards, "en", locales).bundlePaths).toEqual(["/registry/pagefind/en/0/"]);
    const chinese = searchPage(site, catalog, shards, "zh-Hans", locales);
    expect(chinese.bundlePaths).toEqual(["/registry/pagefind/zh/0/"]);
    expect(chinese.scripts).toEqual(["/registry/pagefind/zh/0/pagefind-ui.js", "/registry/assets/search.js"]);
    expect(chinese.stylesheet).toBe("/registry/pagefind/zh/0/pagefind-ui.css");
  });

  it("loads every shard's bundle, the first first", () => {
    const shards = searchShards(catalog, 1);
    const paths = searchPage(site, catalog, shards, "en", locales).bundlePaths;
    expect(paths).toEqual(shards.bundles("en").map((bundle) => `/registry/${bundle}`));
    expect(paths.length).toBeGreaterThan(1);
  });

  it("tells English readers what the other language's search page finds better, and links it", () => {
    const shards = searchShards(catalog);
    const note = en.searchPage.otherLanguage;
    expect(searchPage(site, catalog, shards, "en", locales).otherLanguage).toEqual({
      ...fillAroundLink(note.note),
      link: { text: note.link, href: "/registry/zh/search/" },
    });
    expect(searchPage(site, catalog, shards, "zh-Hans", locales)).not.toHaveProperty("otherLanguage");
    expect(searchPage(site, catalog, shards, "en", ["en"])).not.toHaveProperty("otherLanguage");
  });
});
