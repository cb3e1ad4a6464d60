import { describe, expect, it } from "vitest";
import { catalogOf, sampleEvent, sampleOrganization } from "../catalog/catalog.test-support.ts";
import { readSiteConfig } from "../paths/site-config.ts";
import { eventJsonLd, jsonForScript, organizationJsonLd } from "./json-ld.ts";

const site = readSiteConfig("https://example.org/registry/");
const base = "https://example.org/registry/";

const catalog = catalogOf({
  organizations: [
    sampleOrganization("tongji", {
      names: {
        display: { en: "Tongji University", "zh-Hans": "同济大学" },
        acronyms: { en: ["TJU"] },
        aliases: { "zh-Hans": ["同济"] },
      },
      kind: "university",
      parent: "moe",
      founded: "1907",
      location: { city: { en: "Shanghai", "zh-Hans": "上海" }, country: "CN" },
      links: { website: "https://www.tongji.edu.cn/" },
      externalIds: { wikidata: "Q168760", ror: "03rc6as71", isni: "0000000123394356" },
      description: { en: "A university in Shanghai.", "zh-Hans": "位于上海的大学。" },
    }),
    sampleOrganization("moe", { names: { display: { en: "Ministry of Education" } }, kind: "government-body" }),
    sampleOrganization("society", { names: { display: { en: "A Society" } } }),
    sampleOrganization("company", { names: { display: { en: "A Company" } }, kind: "company" }),
  ],
  events: [
    sampleEvent("forum", {
      title: { en: "Cluster forum", "zh-Hans": "集聚区论坛" },
      status: "rescheduled",
      start: "2024-04-10T09:00:00+08:00",
      end: "2024-04-10T17:00:00+08:00",
      previousStart: "2024-03-01",
      location: {
        place: { en: "Dishui Lake Hall" },
        city: { en: "Shanghai" },
        country: "CN",
        coordinates: { latitude: 30.9, longitude: 121.93 },
      },
      participants: [
        { organization: "moe", role: "guidance" },
        { organization: "tongji", role: "host" },
        { organization: "society", role: "organizer" },
        { organization: "company", role: "sponsor" },
      ],
      speakers: [
        { name: { en: "Li Wei", "zh-Hans": "李伟" }, title: { en: "President" } },
        { name: { en: "Jane Doe" } },
      ],
      description: { en: "A forum." },
    }),
    sampleEvent("lecture", { status: "cancelled", start: "2023-06-01" }),
  ],
});

describe("organizationJsonLd", () => {
  it("describes an organization as its schema.org type, with its other names, links and place", () => {
    expect(organizationJsonLd(site, catalog, "tongji")).toEqual({
      "@context": "https://schema.org",
      "@type": "CollegeOrUniversity",
      "@id": `${base}organizations/tongji/`,
      url: `${base}organizations/tongji/`,
      name: "Tongji University",
      alternateName: ["同济大学", "TJU", "同济"],
      description: "A university in Shanghai.",
      foundingDate: "1907",
      address: { "@type": "PostalAddress", addressLocality: "Shanghai", addressCountry: "CN" },
      parentOrganization: { "@id": `${base}organizations/moe/` },
      sameAs: [
        "https://www.tongji.edu.cn/",
        "https://www.wikidata.org/wiki/Q168760",
        "https://ror.org/03rc6as71",
        "https://isni.org/isni/0000000123394356",
      ],
    });
  });

  it("names a parent's units, and falls back to Organization for kinds schema.org has no type for", () => {
    expect(organizationJsonLd(site, catalog, "moe")).toEqual({
      "@context": "https://schema.org",
      "@type": "GovernmentOrganization",
      "@id": `${base}organizations/moe/`,
      url: `${base}organizations/moe/`,
      name: "Ministry of Education",
      subOrganization: [{ "@id": `${base}organizations/tongji/` }],
    });
    expect(organizationJsonLd(site, catalog, "society")).toMatchObject({ "@type": "Organization" });
  });
});

describe("eventJsonLd", () => {
  it("describes an event with its dates, status, place, organizers, sponsors and speakers", () => {
    const organization = (id: string, name: string) => ({
      "@type": "Organization",
      "@id": `${base}organizations/${id}/`,
      name,
    });
    expect(eventJsonLd(site, catalog, "forum")).toEqual({
      "@context": "https://schema.org",
      "@type": "Event",
      "@id": `${base}events/forum/`,
      url: `${base}events/forum/`,
      name: "Cluster forum",
      startDate: "2024-04-10T09:00:00+08:00",
      endDate: "2024-04-10T17:00:00+08:00",
      previousStartDate: "2024-03-01",
      eventStatus: "https://schema.org/EventRescheduled",
      description: "A forum.",
      location: {
        "@type": "Place",
        name: "Dishui Lake Hall",
        address: { "@type": "PostalAddress", addressLocality: "Shanghai", addressCountry: "CN" },
        geo: { "@type": "GeoCoordinates", latitude: 30.9, longitude: 121.93 },
      },
      organizer: [organization("tongji", "Tongji University"), organization("society", "A Society")],
      sponsor: [organization("company", "A Company")],
      performer: [
        { "@type": "Person", name: "Li Wei", jobTitle: "President" },
        { "@type": "Person", name: "Jane Doe" },
      ],
    });
  });

  it("gives a cancelled event schema.org's cancelled status, and leaves out what the record does not say", () => {
    expect(eventJsonLd(site, catalog, "lecture")).toEqual({
      "@context": "https://schema.org",
      "@type": "Event",
      "@id": `${base}events/lecture/`,
      url: `${base}events/lecture/`,
      name: "Event lecture",
      startDate: "2023-06-01",
      eventStatus: "https://schema.org/EventCancelled",
    });
  });
});

describe("jsonForScript", () => {
  const hostile = "</script><script>alert(1)</script>";

  it("writes no character that could close the script element or open a comment", () => {
    const text = jsonForScript({ name: hostile, note: "<!-- a & b -->" });
    expect(text).not.toMatch(/[<>&]/);
    expect(text.toLowerCase()).not.toContain("</script");
    expect(text).toContain("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e");
  });

  it("still reads back as the same value", () => {
    const value = { name: hostile, note: "<!-- a & b -->", lines: "one\u2028two\u2029three", count: 3 };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });

  it("escapes what a record brings into an organization's schema.org object", () => {
    const hostileCatalog = catalogOf({
      organizations: [sampleOrganization("x", { names: { display: { en: hostile } } })],
    });
    const text = jsonForScript(organizationJsonLd(site, hostileCatalog, "x"));
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toMatchObject({ name: hostile });
  });

  it("gives no address to an organization whose city is named in Chinese only and whose country is not given", () => {
    const catalog = catalogOf({
      organizations: [sampleOrganization("zone", { location: { city: { "zh-Hans": "上海" } } })],
    });
    expect(organizationJsonLd(site, catalog, "zone")).not.toHaveProperty("address");
  });
});
