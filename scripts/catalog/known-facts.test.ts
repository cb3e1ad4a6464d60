import { describe, expect, it } from "vitest";
import { catalogOf, sampleEvent, sampleOrganization, sampleSource } from "./catalog.test-support.ts";
import { citesInference, inferredAt, inferredValuesOf, knownFacts, statusAsOf } from "./known-facts.ts";

const fromTheName = { en: "from the name", "zh-Hans": "据名称推断" };

const catalog = catalogOf({
  organizations: [
    sampleOrganization("cast", {
      location: { city: { en: "Beijing" }, country: "CN" },
      sources: [
        { source: "article", fields: ["/names", "/status"] },
        { source: "article", fields: ["/kind", "/status", "/location"], how: "inferred", reason: fromTheName },
        { source: "website", fields: ["/location/city"] },
      ],
    }),
  ],
  events: [
    sampleEvent("forum", { status: "scheduled", sources: [{ source: "website" }, { source: "notice" }] }),
    sampleEvent("meeting", { status: "completed", sources: [{ source: "article" }] }),
  ],
  sources: [
    sampleSource("article", { published: "2023-11-17" }),
    sampleSource("notice", { updated: "2024-02-01T10:00:00+08:00" }),
    sampleSource("website", { kind: "website", url: "https://example.org/" }),
  ],
});
const facts = (collection: "organizations" | "events", id: string) => knownFacts(catalog, catalog[collection].get(id)!);

describe("knownFacts", () => {
  it("knows a value as stated when any citation states it, and as inferred, with the reasons, when only inferences cover it", () => {
    expect(facts("organizations", "cast").values).toEqual([
      {
        pointer: "/names/display/en",
        value: "Organization cast",
        language: "en",
        how: "stated",
        sources: ["article"],
        reasons: [],
      },
      { pointer: "/kind", value: "association", how: "inferred", sources: ["article"], reasons: [fromTheName] },
      { pointer: "/status", value: "active", how: "stated", sources: ["article"], reasons: [] },
      {
        pointer: "/location/city/en",
        value: "Beijing",
        language: "en",
        how: "stated",
        sources: ["website"],
        reasons: [],
      },
      { pointer: "/location/country", value: "CN", how: "inferred", sources: ["article"], reasons: [fromTheName] },
    ]);
  });

  it("dates a status that says how things stand by the latest source it rests on", () => {
    expect(facts("organizations", "cast").statusAsOf).toBe("2023-11-17");
    expect(facts("events", "forum").statusAsOf).toBe("2024-02-01");
    expect(facts("events", "meeting").statusAsOf).toBeUndefined();
  });

  it("dates a status alone as the whole facts do", () => {
    for (const [collection, id] of [
      ["organizations", "cast"],
      ["events", "forum"],
      ["events", "meeting"],
    ] as const)
      expect(statusAsOf(catalog, catalog[collection].get(id)!)).toBe(facts(collection, id).statusAsOf);
  });

  it("knows which records cite an inference", () => {
    expect(citesInference(catalog.organizations.get("cast")!)).toBe(true);
    expect(citesInference(catalog.events.get("forum")!)).toBe(false);
  });

  it("answers which values under some fields are inferred, as the whole facts do, and none for a record that infers nothing", () => {
    const inferredValues = inferredValuesOf(catalog, catalog.organizations.get("cast")!);
    expect(inferredValues(["/location"])).toEqual(inferredAt(facts("organizations", "cast"), ["/location"]));
    expect(inferredValues(["/kind", "/names"]).map((value) => value.pointer)).toEqual(["/kind"]);
    expect(inferredValuesOf(catalog, catalog.events.get("forum")!)(["/status", "/start"])).toEqual([]);
  });
});

describe("inferredAt", () => {
  it("finds the inferred values at or beneath the fields shown", () => {
    const cast = facts("organizations", "cast");
    expect(inferredAt(cast, ["/location"]).map((value) => value.pointer)).toEqual(["/location/country"]);
    expect(inferredAt(cast, ["/kind", "/status"]).map((value) => value.pointer)).toEqual(["/kind"]);
    expect(inferredAt(cast, ["/names"])).toEqual([]);
  });
});
