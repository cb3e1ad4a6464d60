import { describe, expect, it } from "vitest";
import { catalogOf, sampleEvent, sampleOrganization, sampleSource } from "../catalog/catalog.test-support.ts";
import { en } from "../i18n/en.ts";
import { fill, locales, type Locale } from "../i18n/messages.ts";
import { zhHans as zh } from "../i18n/zh-hans.ts";
import { readSiteConfig } from "../paths/site-config.ts";
import { eventPage } from "./event-page.ts";

const site = readSiteConfig("https://example.org/registry/");

const catalog = catalogOf({
  organizations: [
    sampleOrganization("cast", { names: { display: { en: "CAST", "zh-Hans": "中国科协" } } }),
    sampleOrganization("sast"),
  ],
  events: [
    sampleEvent("forum", {
      title: { en: "Cluster forum", "zh-Hans": "集聚区论坛" },
      start: "2023-11-06",
      end: "2023-11-08",
      location: { place: { en: "Dishui Lake Hall" }, city: { en: "Shanghai", "zh-Hans": "上海" }, country: "CN" },
      participants: [
        { organization: "cast", role: "guidance" },
        { organization: "sast", role: "host" },
      ],
      speakers: [
        { name: { en: "Li Wei", "zh-Hans": "李伟" }, title: { en: "President" }, organization: "cast" },
        { name: { en: "Jane Doe" } },
      ],
      attendance: { count: 300, description: { en: "Members and guests" } },
      sources: [
        { source: "article", fields: ["/start", "/participants/1"] },
        { source: "photos", fields: ["/participants"] },
      ],
    }),
    sampleEvent("summit", {
      status: "rescheduled",
      previousStart: "2024-03-01",
      start: "2024-04-10T09:00:00+08:00",
      attendance: { count: 1 },
    }),
    sampleEvent("lecture", { status: "cancelled" }),
    sampleEvent("forum-copy", { status: "withdrawn", successor: "forum" }),
  ],
  sources: [sampleSource("article"), sampleSource("photos")],
});

const page = (id: string, locale: Locale = "en") => eventPage(site, catalog, id, locale, locales);

describe("eventPage", () => {
  it("lists the facts in order, each with the numbers of the sources that support it", () => {
    expect(page("forum").facts).toEqual([
      { label: en.fields.title, values: [{ text: "集聚区论坛", lang: "zh-Hans" }], citations: [] },
      { label: en.fields.when, values: [{ text: "6 November 2023 – 8 November 2023" }], citations: [1] },
      {
        label: en.fields.where,
        values: [{ text: "", parts: [{ text: "Dishui Lake Hall" }, { text: "Shanghai" }, { text: "China" }] }],
        citations: [],
      },
      { label: en.fields.kind, values: [{ text: en.eventKinds.forum }], citations: [] },
      { label: en.fields.status, values: [{ text: en.eventStatuses.completed }], citations: [] },
      {
        label: en.fields.attendance,
        values: [{ text: fill(en.finding.attended.other, { count: "300" }) }, { text: "Members and guests" }],
        citations: [],
        sentences: true,
      },
    ]);
  });

  it("gives a time zone only to an event with a time: a date alone is a whole day anywhere", () => {
    expect(page("forum").facts.map((row) => row.label)).not.toContain(en.fields.timeZone);
    expect(page("summit").facts.find((row) => row.label === en.fields.timeZone)?.values).toEqual([
      { text: "Asia/Shanghai" },
    ]);
  });

  it("shows the start an event had before it was rescheduled, and one attendee in the singular", () => {
    const facts = page("summit").facts;
    expect(facts.find((row) => row.label === en.fields.when)?.values).toEqual([{ text: "10 April 2024 09:00" }]);
    expect(facts.find((row) => row.label === en.fields.previousStart)?.values).toEqual([{ text: "1 March 2024" }]);
    expect(facts.find((row) => row.label === en.fields.attendance)?.values).toEqual([
      { text: fill(en.finding.attended.one, { count: "1" }) },
    ]);
    expect(page("forum").facts.map((row) => row.label)).not.toContain(en.fields.previousStart);
  });

  it("shows in Chinese what the record has in Chinese, and marks the rest as English and untranslated", () => {
    const facts = page("forum", "zh-Hans").facts;
    expect(facts[0]).toEqual({
      label: zh.fields.title,
      values: [{ text: "Cluster forum", lang: "en" }],
      citations: [],
    });
    expect(facts.find((row) => row.label === zh.fields.where)?.values[0]?.parts).toEqual([
      { text: "Dishui Lake Hall", lang: "en" },
      { text: "上海" },
      { text: "中国" },
    ]);
    expect(facts.find((row) => row.label === zh.fields.attendance)?.values).toEqual([
      { text: fill(zh.finding.attended.other, { count: "300" }) },
      { text: "Members and guests", lang: "en", untranslated: true },
    ]);
  });

  it("lists the participants in their roles, each with the sources that support it", () => {
    expect(page("forum").participants).toEqual([
      {
        role: en.roles.guidance,
        organization: { text: "CAST", href: "/registry/organizations/cast/" },
        citations: [2],
      },
      {
        role: en.roles.host,
        organization: { text: "Organization sast", href: "/registry/organizations/sast/" },
        citations: [1, 2],
      },
    ]);
    expect(page("forum", "zh-Hans").participants[0]).toEqual({
      role: zh.roles.guidance,
      organization: { text: "中国科协", href: "/registry/zh/organizations/cast/" },
      citations: [2],
    });
  });

  it("lists the speakers with their other names, their titles and the organizations they spoke for", () => {
    expect(page("forum").speakers).toEqual([
      {
        name: { text: "Li Wei" },
        otherNames: [{ text: "李伟", lang: "zh-Hans" }],
        title: { text: "President" },
        organization: { text: "CAST", href: "/registry/organizations/cast/" },
      },
      { name: { text: "Jane Doe" }, otherNames: [] },
    ]);
    expect(page("forum", "zh-Hans").speakers[0]?.name).toEqual({ text: "李伟" });
  });

  it("flags a cancelled event, and only that", () => {
    expect(page("lecture").cancelled).toBe(true);
    expect(page("forum").cancelled).toBe(false);
    expect(page("summit").cancelled).toBe(false);
  });

  it("marks a tombstone withdrawn and sends readers to its successor, without a calendar", () => {
    const tombstone = page("forum-copy");
    expect(tombstone.withdrawn).toEqual({ successor: { text: "Cluster forum", href: "/registry/events/forum/" } });
    expect(tombstone.frame.redirect).toBe("https://example.org/registry/events/forum/");
    expect(tombstone).not.toHaveProperty("calendarHref");
    expect(tombstone.frame.feeds.map((feed) => feed.type)).toEqual(["application/rss+xml"]);
    expect(page("forum-copy", "zh-Hans").frame.redirect).toBe("https://example.org/registry/zh/events/forum/");
  });

  it("gives a live event its calendar, in the frame and as calendarHref, and neither notice nor redirect", () => {
    const live = page("forum");
    const calendar = "https://example.org/registry/calendar/events/forum.ics";
    expect(live.calendarHref).toBe(calendar);
    expect(live.frame.feeds).toContainEqual({ title: en.calendar, href: calendar, type: "text/calendar" });
    expect(live).not.toHaveProperty("withdrawn");
    expect(live.frame).not.toHaveProperty("redirect");
  });

  it("gives the dates row the sources of its end as well as of its start", () => {
    const cited = catalogOf({
      events: [
        sampleEvent("talks", {
          start: "2023-11-06",
          end: "2023-11-08",
          sources: [
            { source: "notice", fields: ["/end"] },
            { source: "leaflet", fields: ["/start"] },
          ],
        }),
      ],
      sources: [sampleSource("notice"), sampleSource("leaflet")],
    });
    const when = eventPage(site, cited, "talks", "en", locales).facts.find((row) => row.label === en.fields.when);
    expect(when?.citations).toEqual([1, 2]);
  });
});
