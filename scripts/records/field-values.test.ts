import { describe, expect, it } from "vitest";
import { publishedFieldValues } from "./field-values.ts";
import { localizedFields } from "./localized-fields.ts";

describe("localizedFields", () => {
  it("finds the fields keyed by language in the schema, and not fields whose names look like tags", () => {
    expect([...localizedFields("event")].sort()).toEqual([
      "/attendance/description",
      "/description",
      "/location/city",
      "/location/place",
      "/sources/*/reason",
      "/speakers/*/name",
      "/speakers/*/title",
      "/title",
    ]);
    expect(localizedFields("organization")).toContain("/links/other/*/label");
    expect(localizedFields("organization")).toContain("/names/acronyms");
    expect(localizedFields("source")).not.toContain("/url");
  });
});

describe("publishedFieldValues", () => {
  it("lists every value with its pointer, and the language of localized text", () => {
    const values = publishedFieldValues("organizations", {
      $schema: "../../schemas/organization.schema.json",
      id: "cast",
      formerIds: ["cast-old"],
      names: { display: { en: "China Association", "zh-Hans": "中国协会" }, acronyms: { en: ["CAST"] } },
      kind: "association",
      status: "active",
      location: { coordinates: { latitude: 31.2, longitude: 121.5 } },
      links: { other: [{ label: { en: "About" }, url: "https://example.org/about" }] },
      sources: [{ source: "article" }],
    });
    expect(values).toEqual([
      { pointer: "/names/display/en", value: "China Association", language: "en" },
      { pointer: "/names/display/zh-Hans", value: "中国协会", language: "zh-Hans" },
      { pointer: "/names/acronyms/en/0", value: "CAST", language: "en" },
      { pointer: "/kind", value: "association" },
      { pointer: "/status", value: "active" },
      { pointer: "/location/coordinates/latitude", value: 31.2 },
      { pointer: "/location/coordinates/longitude", value: 121.5 },
      { pointer: "/links/other/0/label/en", value: "About", language: "en" },
      { pointer: "/links/other/0/url", value: "https://example.org/about" },
    ]);
  });

  it("leaves out a withdrawn record's status and successor, which are the registry's own", () => {
    const values = publishedFieldValues("events", { id: "e", status: "withdrawn", successor: "f", kind: "forum" });
    expect(values).toEqual([{ pointer: "/kind", value: "forum" }]);
  });

  it("reads text an older record wrote as a plain string as its English text", () => {
    expect(publishedFieldValues("events", { title: "Forum" })).toEqual([
      { pointer: "/title/en", value: "Forum", language: "en" },
    ]);
  });
});
