import { describe, expect, it } from "vitest";
import { catalogOf, sampleEvent, sampleOrganization } from "../catalog/catalog.test-support.ts";
import { csvColumns } from "../contract/csv-columns.ts";
import { eventIdentifierPattern } from "../contract/stable-identifiers.ts";
import { en } from "../i18n/en.ts";
import { fill, locales } from "../i18n/messages.ts";
import { zhHans as zh } from "../i18n/zh-hans.ts";
import { readSiteConfig } from "../paths/site-config.ts";
import { collectionNames } from "../records/collections.ts";
import { apiPage } from "./api-page.ts";

const site = readSiteConfig("https://example.org/registry/");
const base = "https://example.org/registry/";
describe("apiPage", () => {
  // No sources, to show what the page gives as an example when a collection has no record.
  const catalog = catalogOf({
    organizations: [
      sampleOrganization("a-old", { status: "withdrawn", successor: "cast" }),
      sampleOrganization("cast"),
    ],
    events: [sampleEvent("forum-2023", { start: "2023-11-06" }), sampleEvent("forum-2024", { start: "2024-11-06" })],
  });
  const page = apiPage(site, catalog, "en", locales);
  const relative = (url: string | undefined) => url?.slice(base.length);

  it("lists every endpoint, with an example of a live record where it takes an id, and the schema of its response", () => {
    expect(page.entryPoint).toBe(`${base}api/v1/index.json`);
    expect(page.endpoints.map(({ url, example, schema }) => [url, example, schema].map(relative))).toEqual([
      ["api/v1/index.json", "api/v1/index.json", "schemas/api/api-index.schema.json"],
      ["api/v1/organizations/index.json", "api/v1/organizations/index.json", "schemas/api/collection.schema.json"],
      [
        "api/v1/organizations/{id}.json",
        "api/v1/organizations/cast.json",
        "schemas/api/organization-document.schema.json",
      ],
      [
        "api/v1/organizations/{id}/history.json",
        "api/v1/organizations/cast/history.json",
        "schemas/api/history.schema.json",
      ],
      ["api/v1/organizations.ndjson", "api/v1/organizations.ndjson", "schemas/api/dump-item.schema.json"],
      ["api/v1/organizations.csv", "api/v1/organizations.csv", undefined],
      ["api/v1/events/index.json", "api/v1/events/index.json", "schemas/api/collection.schema.json"],
      ["api/v1/events/{id}.json", "api/v1/events/forum-2024.json", "schemas/api/event-document.schema.json"],
      ["api/v1/events/{id}/history.json", "api/v1/events/forum-2024/history.json", "schemas/api/history.schema.json"],
      ["api/v1/events.ndjson", "api/v1/events.ndjson", "schemas/api/dump-item.schema.json"],
      ["api/v1/events.csv", "api/v1/events.csv", undefined],
      ["api/v1/sources/index.json", "api/v1/sources/index.json", "schemas/api/collection.schema.json"],
      ["api/v1/sources/{id}.json", "api/v1/sources/{id}.json", "schemas/api/source-document.schema.json"],
      ["api/v1/sources/{id}/history.json", "api/v1/sources/{id}/history.json", "schemas/api/history.schema.json"],
      ["api/v1/sources.ndjson", "api/v1/sources.ndjson", "schemas/api/dump-item.schema.json"],
      ["api/v1/sources.csv", "api/v1/sources.csv", undefined],
      ["api/v1/all.json", "api/v1/all.json", "schemas/api/all.schema.json"],
      ["api/v1/datapackage.json", "api/v1/datapackage.json", undefined],
      ["api/v1/registry.sqlite", "api/v1/registry.sqlite", undefined],
      ["api/v1/statements.csv", "api/v1/statements.csv", undefined],
      ["api/v1/statements.ndjson", "api/v1/statements.ndjson", "schemas/api/statement.schema.json"],
      ["api/v1/openapi.json", "api/v1/openapi.json", undefined],
      ["api/v1/openapi.bundle.json", "api/v1/openapi.bundle.json", undefined],
      ["api/v1/types.d.ts", "api/v1/types.d.ts", undefined],
      ["api/v1/changes/index.json", "api/v1/changes/index.json", "schemas/api/changes.schema.json"],
      ["api/v1/changes/page-{page}.json", "api/v1/changes/page-1.json", "schemas/api/changes.schema.json"],
      ["api/v1/manifest.json", "api/v1/manifest.json", "schemas/api/manifest.schema.json"],
      ["feeds/events.xml", "feeds/events.xml", undefined],
      ["feeds/organizations/{id}.xml", "feeds/organizations/cast.xml", undefined],
      ["feeds/changes.xml", "feeds/changes.xml", undefined],
      ["feeds/events.json", "feeds/events.json", undefined],
      ["feeds/changes.json", "feeds/changes.json", undefined],
      ["calendar/events.ics", "calendar/events.ics", undefined],
      ["calendar/events/{id}.ics", "calendar/events/forum-2024.ics", undefined],
      ["schemas/{name}.schema.json", "schemas/organization.schema.json", undefined],
    ]);
    // A terminal is no place for the bytes of a database: its command saves it to a file.
    expect(
      page.endpoints.filter((endpoint) => endpoint.saveAs).map(({ url, saveAs }) => [relative(url), saveAs]),
    ).toEqual([["api/v1/registry.sqlite", "registry.sqlite"]]);
  });

  it("says what each endpoint returns in the page's language, naming the record type", () => {
    expect(page.endpoints[1]?.returns).toBe(fill(en.apiPage.describes.list, { type: en.recordNouns.organizations }));
    const chinese = apiPage(site, catalog, "zh-Hans", locales);
    expect(chinese.endpoints[7]?.returns).toBe(fill(zh.apiPage.describes.record, { type: zh.recordNouns.events }));
    expect(chinese.endpoints.at(-1)?.returns).toBe(zh.apiPage.describes.schemas);
  });

  it("documents the CSV columns of each collection, in order, by name, type and meaning only", () => {
    expect(page.columns.map((table) => table.collection)).toEqual([...collectionNames]);
    for (const { collection, columns } of page.columns) {
      expect(columns.map((column) => column.name)).toEqual(csvColumns[collection].map((column) => column.name));
      for (const column of columns) expect(Object.keys(column).sort()).toEqual(["description", "name", "type"]);
    }
    const kind = page.columns[0]!.columns.find((column) => column.name === "kind");
    expect(kind?.type).toBe("string");
    expect(kind?.description).toContain("government-body");
  });
});

describe("apiPage notes", () => {
  it("say which identifiers last, how the JSON Feeds extend their items and how RSS text is written, in each language, under anchors", () => {
    const notes = (locale: "en" | "zh-Hans") => apiPage(site, catalogOf({}), locale, locales).notes;
    expect(notes("en")).toEqual([
      {
        id: "identifiers",
        title: en.apiPage.notes.identifiers.title,
        text: en.apiPage.notes.identifiers.text.replace("{uid}", eventIdentifierPattern),
      },
      { id: "feeds", ...en.apiPage.notes.jsonFeeds },
      { id: "rss-text", ...en.apiPage.notes.rssText },
    ]);
    expect(notes("zh-Hans").map((note) => note.title)).toEqual([
      zh.apiPage.notes.identifiers.title,
      zh.apiPage.notes.jsonFeeds.title,
      zh.apiPage.notes.rssText.title,
    ]);
  });
});
