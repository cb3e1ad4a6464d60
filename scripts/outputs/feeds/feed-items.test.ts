import { describe, expect, it } from "vitest";
import { catalogOf, sampleEvent, sampleOrganization, sampleSource } from "../../catalog/catalog.test-support.ts";
import { readSiteConfig } from "../../paths/site-config.ts";
import { outputContext } from "../output-context.ts";
import { eventsFeedOf } from "./feed-items.ts";

const heldInShanghai = { en: "held in Shanghai", "zh-Hans": "在上海举行" };
const catalog = catalogOf({
  organizations: [sampleOrganization("sast")],
  events: [
    sampleEvent("ceremony", {
      location: { city: { en: "Shanghai" }, country: "CN" },
      participants: [{ organization: "sast", role: "host" }],
      sources: [
        { source: "article", fields: ["/title", "/kind", "/status", "/start", "/location/city", "/participants"] },
        { source: "article", fields: ["/timeZone", "/location/country"], how: "inferred", reason: heldInShanghai },
      ],
    }),
  ],
  sources: [sampleSource("article")],
});
const [item] = eventsFeedOf(outputContext(readSiteConfig("https://example.org/"), catalog), "feeds/events.xml").items;

describe("an event's feed item", () => {
  it("says in its text which values are inferred, and why", () => {
    expect(item!.paragraphs).toEqual([
      "When: 6 November 2023 (Asia/Shanghai) (inferred: held in Shanghai)",
      "Where: Shanghai, China (inferred: held in Shanghai)",
      "Organizations: Host: Organization sast",
    ]);
  });

  it("names the inferred fields of its event, and keeps the fields themselves as the record has them", () => {
    expect(item!.event).toEqual({
      start: "2023-11-06",
      timeZone: "Asia/Shanghai",
      kind: "forum",
      location: "Shanghai, China",
      organizers: "Organization sast",
      inferred: [
        { field: "timeZone", reason: "held in Shanghai" },
        { field: "location", reason: "held in Shanghai" },
      ],
    });
  });
});
