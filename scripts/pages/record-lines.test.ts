import { describe, expect, it } from "vitest";
import { catalogOf, sampleEvent, sampleOrganization, sampleSource } from "../catalog/catalog.test-support.ts";
import { messages } from "../i18n/messages.ts";
import { readSiteConfig } from "../paths/site-config.ts";
import type { Location } from "../records/types.generated.ts";
import {
  countryName,
  eventLine,
  eventLink,
  organizationLink,
  recordDatesLine,
  sourceLink,
  whereParts,
} from "./record-lines.ts";

const site = readSiteConfig("https://example.org/registry/");
const catalog = catalogOf({
  organizations: [
    sampleOrganization("cast", { names: { display: { en: "CAST", "zh-Hans": "中国科协" } } }),
    sampleOrganization("lab", { names: { display: { en: "A laboratory" } } }),
  ],
  events: [
    sampleEvent("forum", {
      title: { en: "A forum", "zh-Hans": "论坛" },
      kind: "conference",
      status: "scheduled",
      start: "2025-06-01",
      end: "2025-06-03",
      sources: [
        { source: "notice", fields: ["/title", "/kind", "/status", "/start"] },
        {
          source: "notice",
          fields: ["/end"],
          how: "inferred",
          reason: { en: "from the programme", "zh-Hans": "据日程推断" },
        },
      ],
    }),
    sampleEvent("talk", { title: { en: "A talk" }, kind: "lecture", status: "cancelled", start: "2025-07-04" }),
  ],
  sources: [
    sampleSource("article", { title: { "zh-Hans": "新闻报道" } }),
    sampleSource("notice", { published: "2025-03-02" }),
  ],
});

describe("record links", () => {
  it("link to the record's page in the page's language, under the path prefix", () => {
    expect(organizationLink(site, catalog, "cast", "en")).toEqual({
      href: "/registry/organizations/cast/",
      text: "CAST",
    });
    expect(organizationLink(site, catalog, "cast", "zh-Hans")).toEqual({
      href: "/registry/zh/organizations/cast/",
      text: "中国科协",
    });
    expect(eventLink(site, catalog, "forum", "zh-Hans")).toEqual({ href: "/registry/zh/events/forum/", text: "论坛" });
    expect(sourceLink(site, catalog, "article", "zh-Hans")).toEqual({
      href: "/registry/zh/sources/article/",
      text: "新闻报道",
    });
  });

  it("mark the language of a name or title that is not in the page's language", () => {
    expect(organizationLink(site, catalog, "lab", "zh-Hans")).toEqual({
      href: "/registry/zh/organizations/lab/",
      text: "A laboratory",
      lang: "en",
    });
    expect(eventLink(site, catalog, "talk", "zh-Hans")).toMatchObject({ text: "A talk", lang: "en" });
    expect(sourceLink(site, catalog, "article", "en")).toMatchObject({ text: "新闻报道", lang: "zh-Hans" });
  });
});

describe("eventLine", () => {
  it("gives the title, link, dates, status as of its source and kind in the page's language, and what is inferred", () => {
    expect(eventLine(site, catalog, "forum", "en")).toEqual({
      title: { text: "A forum" },
      href: "/registry/events/forum/",
      when: "1 June 2025 – 3 June 2025",
      status: "Scheduled as of March 2025",
      kind: messages.en.eventKinds.conference,
      inferred: { reason: { text: "from the programme" } },
    });
    expect(eventLine(site, catalog, "forum", "zh-Hans")).toMatchObject({
      status: "截至2025年3月已排期",
      inferred: { reason: { text: "据日程推断" } },
    });
    expect(eventLine(site, catalog, "talk", "zh-Hans")).toEqual({
      title: { text: "A talk", lang: "en" },
      href: "/registry/zh/events/talk/",
      when: "2025年7月4日",
      status: messages["zh-Hans"].eventStatuses.cancelled,
      kind: messages["zh-Hans"].eventKinds.lecture,
    });
  });
});

describe("countryName", () => {
  it("names a country by its code in the page's language", () => {
    expect(countryName("CN", "en")).toBe("China");
    expect(countryName("CN", "zh-Hans")).toBe("中国");
  });
});

describe("whereParts", () => {
  const location: Location = {
    place: { en: "Dishui Lake", "zh-Hans": "滴水湖" },
    city: { en: "Shanghai" },
    country: "CN",
  };

  it("gives place, city and country in that order, marking a part not in the page's language", () => {
    expect(whereParts(location, "en")).toEqual([
      { text: "Dishui Lake", field: "place" },
      { text: "Shanghai", field: "city" },
      { text: "China", field: "country" },
    ]);
    expect(whereParts(location, "zh-Hans")).toEqual([
      { text: "滴水湖", field: "place" },
      { text: "Shanghai", lang: "en", field: "city" },
      { text: "中国", field: "country" },
    ]);
  });

  it("leaves out the parts the location lacks", () => {
    expect(whereParts({ country: "DE" }, "en")).toEqual([{ text: "Germany", field: "country" }]);
    expect(whereParts({ city: { en: "Shanghai" } }, "en")).toEqual([{ text: "Shanghai", field: "city" }]);
    expect(whereParts({ coordinates: { latitude: 30.9, longitude: 121.9 } }, "en")).toEqual([]);
  });
});

describe("recordDatesLine", () => {
  const dates = { created: "2024-01-05T08:00:00Z", updated: "2024-11-20T16:30:00Z" };

  it("says when the record was first added and last updated, by day, in the page's language", () => {
    expect(recordDatesLine(dates, "en")).toBe("First added 5 January 2024; last updated 20 November 2024.");
    expect(recordDatesLine(dates, "zh-Hans")).toBe(
      messages["zh-Hans"].recordDates.replace("{created}", "2024年1月5日").replace("{updated}", "2024年11月20日"),
    );
  });
});
