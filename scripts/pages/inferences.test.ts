import { describe, expect, it } from "vitest";
import { catalogOf, sampleEvent, sampleOrganization, sampleSource } from "../catalog/catalog.test-support.ts";
import { locales } from "../i18n/messages.ts";
import { readSiteConfig } from "../paths/site-config.ts";
import { citedSources } from "./citations.ts";
import { eventPage } from "./event-page.ts";
import { inferenceOf, statusText } from "./inferences.ts";
import { organizationPage } from "./organization-page.ts";
import { organizationListPage } from "./list-pages.ts";
import { ListOrders } from "./list-orders.ts";
import { listPaging } from "../paths/list-paging.ts";

const site = readSiteConfig("https://example.org/registry/");
const fromTheName = { en: "from the name", "zh-Hans": "据名称推断" };
const shanghaiIsInChina = { en: "Shanghai is in China" };
const catalog = catalogOf({
  organizations: [
    sampleOrganization("sast", {
      location: { city: { en: "Shanghai" }, country: "CN" },
      sources: [
        { source: "article", fields: ["/names", "/location/city"] },
        { source: "article", fields: ["/kind", "/status"], how: "inferred", reason: fromTheName },
        { source: "article", fields: ["/location/country"], how: "inferred", reason: shanghaiIsInChina },
      ],
    }),
    sampleOrganization("cast", { sources: [{ source: "website" }] }),
  ],
  events: [
    sampleEvent("forum", {
      // With a time, so that the page shows the time zone (a date alone is a whole day anywhere).
      start: "2023-11-06T09:00:00+08:00",
      location: { city: { en: "Shanghai" }, country: "CN" },
      sources: [
        { source: "article", fields: ["/title", "/kind", "/status", "/start", "/location/city"] },
        { source: "article", fields: ["/timeZone", "/location/country"], how: "inferred", reason: shanghaiIsInChina },
      ],
    }),
  ],
  sources: [
    sampleSource("article", { updated: "2023-11-17" }),
    sampleSource("website", { kind: "website", url: "https://example.org/" }),
  ],
});
const sast = catalog.organizations.get("sast")!;

describe("inferenceOf", () => {
  it("gives the reasons of the inferred values at or beneath the fields shown, each once, in the page's language", () => {
    expect(inferenceOf(catalog, sast, ["/kind", "/status"], "zh-Hans")).toEqual({ reason: { text: "据名称推断" } });
    expect(inferenceOf(catalog, sast, "/location", "en")).toEqual({ reason: { text: "Shanghai is in China" } });
    expect(inferenceOf(catalog, sast, "/location", "zh-Hans")).toEqual({
      reason: { text: "Shanghai is in China", lang: "en" },
    });
    expect(inferenceOf(catalog, sast, ["/names", "/location/city"], "en")).toBeUndefined();
  });
});

describe("statusText", () => {
  it("says a status that says how things stand as of its sources' month, and one without a dated source plainly", () => {
    expect(statusText(catalog, sast, "en")).toBe("Active as of November 2023");
    expect(statusText(catalog, sast, "zh-Hans")).toBe("截至2023年11月运营中");
    expect(statusText(catalog, catalog.organizations.get("cast")!, "en")).toBe("Active");
    expect(statusText(catalog, catalog.events.get("forum")!, "en")).toBe("Completed");
  });
});

describe("inferred values on the pages", () => {
  it("marks an organization's inferred rows, and each inferred part of its location", () => {
    const facts = organizationPage(site, catalog, "sast", "en", locales).facts;
    const byLabel = Object.fromEntries(facts.map((row) => [row.label, row]));
    expect(byLabel.Kind!.inferred).toEqual({ reason: { text: "from the name" } });
    expect(byLabel.Status).toMatchObject({
      values: [{ text: "Active as of November 2023" }],
      inferred: { reason: { text: "from the name" } },
    });
    expect(byLabel.Location).toEqual({
      label: "Location",
      values: [
        {
          text: "",
          parts: [{ text: "Shanghai" }, { text: "China", inferred: { reason: { text: "Shanghai is in China" } } }],
        },
      ],
      citations: [1, 3],
    });
  });

  it("marks a location once when every part of it is inferred", () => {
    const whole = catalogOf({
      organizations: [
        sampleOrganization("sast", {
          location: { city: { en: "Shanghai" }, country: "CN" },
          sources: [
            { source: "article", fields: ["/names", "/kind", "/status"] },
            { source: "article", fields: ["/location"], how: "inferred", reason: shanghaiIsInChina },
          ],
        }),
      ],
      sources: [sampleSource("article", { published: "2023-11-17" })],
    });
    const row = organizationPage(site, whole, "sast", "en", locales).facts.find((fact) => fact.label === "Location");
    expect(row).toEqual({
      label: "Location",
      values: [{ text: "", parts: [{ text: "Shanghai" }, { text: "China" }] }],
      citations: [2],
      inferred: { reason: { text: "Shanghai is in China" } },
    });
  });

  it("marks an event's inferred time zone and country", () => {
    const facts = eventPage(site, catalog, "forum", "en", locales).facts;
    const byLabel = Object.fromEntries(facts.map((row) => [row.label, row]));
    expect(byLabel["Time zone"]!.inferred).toEqual({ reason: { text: "Shanghai is in China" } });
    expect(byLabel.When!.inferred).toBeUndefined();
    expect(byLabel.Where!.values[0]!.parts!.map((part) => Boolean(part.inferred))).toEqual([false, true]);
  });

  it("lists a source an inference rests on with its reason", () => {
    const cited = citedSources(site, catalog, sast.record.sources, "en", (pointer) => pointer);
    expect(cited.map((source) => source.inferred)).toEqual([
      undefined,
      { reason: { text: "from the name" } },
      { reason: { text: "Shanghai is in China" } },
    ]);
  });

  it("marks the kind and the status of an organization in the list where they are inferred", () => {
    const list = organizationListPage(
      {
        site,
        catalog,
        paging: listPaging(catalog, 200),
        orders: new ListOrders(site, catalog),
        locale: "en",
        published: locales,
      },
      1,
    );
    const items = list.groups.flatMap((group) => group.organizations);
    expect(
      items.map(({ text, status, kindInferred, statusInferred }) => [text, status, kindInferred, statusInferred]),
    ).toEqual([
      ["Organization cast", "Active", undefined, undefined],
      [
        "Organization sast",
        "Active as of November 2023",
        { reason: { text: "from the name" } },
        { reason: { text: "from the name" } },
      ],
    ]);
  });
});
