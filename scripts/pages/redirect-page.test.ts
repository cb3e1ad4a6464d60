import { describe, expect, it } from "vitest";
import { catalogOf, sampleEvent, sampleOrganization, sampleSource } from "../catalog/catalog.test-support.ts";
import { en } from "../i18n/en.ts";
import { fill, locales, type Locale } from "../i18n/messages.ts";
import { zhHans as zh } from "../i18n/zh-hans.ts";
import type { CollectionName } from "../records/collections.ts";
import { readSiteConfig } from "../paths/site-config.ts";
import type { PageItem } from "./page-items.ts";
import { redirectPage } from "./redirect-page.ts";

const site = readSiteConfig("https://example.org/registry/");

const catalog = catalogOf({
  organizations: [
    sampleOrganization("cast", { formerIds: ["cast-old"], names: { display: { en: "CAST", "zh-Hans": "中国科协" } } }),
  ],
  events: [sampleEvent("forum", { formerIds: ["forum-2023"], title: { en: "Cluster forum" } })],
  sources: [sampleSource("notice", { formerIds: ["old-notice"], title: { en: "Notice", "zh-Hans": "通知" } })],
});

/** The item of the page at `formerId`, as the record's redirect items give it. */
function item(collection: CollectionName, formerId: string, target: string, locale: Locale = "en"): PageItem {
  return { locale, collection, id: formerId, target, permalink: `${collection}/${formerId}/index.html` };
}

describe("redirectPage", () => {
  it("names the former id and links the organization at its address now", () => {
    const page = redirectPage(site, catalog, item("organizations", "cast-old", "cast"), locales);
    expect(page.message).toBe(fill(en.movedNotice, { id: "cast-old" }));
    expect(page.message).toContain("cast-old");
    expect(page.target).toEqual({ text: "CAST", href: "/registry/organizations/cast/" });
    expect(page.frame.title).toBe("CAST");
    expect(page.frame.section).toBe("organizations");
  });

  it("stands at the former address and sends readers to the current page, which is its canonical URL", () => {
    const page = redirectPage(site, catalog, item("organizations", "cast-old", "cast"), locales);
    expect(page.frame.links.href).toBe("/registry/organizations/cast-old/");
    expect(page.frame.redirect).toBe("https://example.org/registry/organizations/cast/");
  });

  it("exists in its own language only: it offers no other language's version", () => {
    const english = redirectPage(site, catalog, item("organizations", "cast-old", "cast"), locales);
    const chinese = redirectPage(site, catalog, item("organizations", "cast-old", "cast", "zh-Hans"), locales);
    expect(english.frame.alternates).toEqual([]);
    expect(chinese.frame.alternates).toEqual([]);
    expect(chinese.frame.locale).toBe("zh-Hans");
    expect(chinese.message).toBe(fill(zh.movedNotice, { id: "cast-old" }));
    expect(chinese.target).toEqual({ text: "中国科协", href: "/registry/zh/organizations/cast/" });
    expect(chinese.frame.redirect).toBe("https://example.org/registry/zh/organizations/cast/");
  });

  it("links an event or a source by its title, marked English where the page's language has none", () => {
    const event = redirectPage(site, catalog, item("events", "forum-2023", "forum", "zh-Hans"), locales);
    expect(event.message).toBe(fill(zh.movedNotice, { id: "forum-2023" }));
    expect(event.target).toEqual({ text: "Cluster forum", lang: "en", href: "/registry/zh/events/forum/" });
    expect(event.frame.redirect).toBe("https://example.org/registry/zh/events/forum/");

    const source = redirectPage(site, catalog, item("sources", "old-notice", "notice"), locales);
    expect(source.target).toEqual({ text: "Notice", href: "/registry/sources/notice/" });
    expect(source.frame.links.href).toBe("/registry/sources/old-notice/");
    expect(source.frame.redirect).toBe("https://example.org/registry/sources/notice/");
  });
});
