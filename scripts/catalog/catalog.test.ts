import { describe, expect, it } from "vitest";
import type { RecordDates } from "../history/record-dates.ts";
import { inMemoryDataset } from "../validation/in-memory-dataset.ts";
import { buildCatalog, reuseUnaffectedEntries } from "./catalog.ts";
import { catalogOf, historyOf, sampleEvent, sampleOrganization, sampleSource } from "./catalog.test-support.ts";

const article = sampleSource("article");

describe("buildCatalog", () => {
  it("keeps records in code-point order of their ids", () => {
    // Ids in files are lowercase ASCII, where every order agrees; these tell code-point order from
    // locale order (a b B) and from UTF-16 order (astral characters before U+FF21).
    const ids = ["b", "\u{1F600}", "a", "\uFF21", "B"];
    const catalog = catalogOf({ organizations: ids.map((id) => sampleOrganization(id)), sources: [article] });
    expect([...catalog.organizations.keys()]).toEqual(["B", "a", "b", "\uFF21", "\u{1F600}"]);
  });

  describe("orders events newest first", () => {
    const catalog = catalogOf({
      events: [
        // A day alone starts at midnight where the event is: 2024-04-30T16:00Z in Shanghai…
        sampleEvent("shanghai-day", { start: "2024-05-01", timeZone: "Asia/Shanghai" }),
        sampleEvent("evening-utc", { start: "2024-04-30T20:00:00Z", timeZone: "UTC" }),
        sampleEvent("early-utc", { start: "2024-05-01T02:00:00Z", timeZone: "UTC" }),
        // …and 2024-05-01T04:00Z in New York.
        sampleEvent("new-york-day", { start: "2024-05-01", timeZone: "America/New_York" }),
        sampleEvent("withdrawn-forum", { start: "2024-05-15", status: "withdrawn" }),
        // The same instant written two ways: the tie goes by id.
        sampleEvent("tie-b", { start: "2024-06-01T08:00:00+08:00" }),
        sampleEvent("tie-a", { start: "2024-06-01T00:00:00Z", timeZone: "UTC" }),
      ],
      sources: [article],
    });
    const newestFirst = [
      "tie-a",
      "tie-b",
      "withdrawn-forum",
      "new-york-day",
      "early-utc",
      "evening-utc",
      "shanghai-day",
    ];

    it("by start instant, with a date-only start at local midnight of its time zone, ties by id", () => {
      expect(catalog.eventsNewestFirst).toEqual(newestFirst);
    });

    it("ranks each event by its place in that order", () => {
      expect([...catalog.eventRank]).toEqual(newestFirst.map((id, index) => [id, index]));
    });

    it("leaves withdrawn events out of the live order", () => {
      const live = newestFirst.filter((id) => id !== "withdrawn-forum");
      expect(catalog.liveEventsNewestFirst).toEqual(live);
      expect(catalog.liveIds.events).toEqual(live);
    });
  });

  it("lists the live ids of every collection, without tombstones", () => {
    const catalog = catalogOf({
      organizations: [
        sampleOrganization("hub"),
        sampleOrganization("closed", { status: "inactive" }),
        sampleOrganization("gone", { status: "withdrawn", successor: "hub" }),
      ],
      sources: [article, sampleSource("retracted", { status: "withdrawn" })],
    });
    expect(catalog.liveIds.organizations).toEqual(["closed", "hub"]);
    expect(catalog.liveIds.sources).toEqual(["article"]);
    expect([...catalog.organizations.keys()]).toEqual(["closed", "gone", "hub"]);
  });

  it("maps every former id to the id its record has now", () => {
    const catalog = catalogOf({
      organizations: [sampleOrganization("hub", { formerIds: ["hub-2019", "hub-2021"] }), sampleOrganization("lab")],
      events: [sampleEvent("forum", { formerIds: ["forum-draft"] })],
      sources: [article],
    });
    expect([...catalog.formerIds.organizations]).toEqual([
      ["hub-2019", "hub"],
      ["hub-2021", "hub"],
    ]);
    expect([...catalog.formerIds.events]).toEqual([["forum-draft", "forum"]]);
    expect(catalog.formerIds.sources.size).toBe(0);
  });

  it("dates the data by the newest update of any record", () => {
    const updated: Record<string, string> = {
      "organizations/hub": "2024-03-01T00:00:00Z",
      "events/forum": "2024-05-01T00:00:00Z",
      "sources/article": "2024-07-01T00:00:00Z",
    };
    const history = historyOf((collection, id) => ({
      created: "2024-01-01T00:00:00Z",
      updated: updated[`${collection}/${id}`]!,
    }));
    const catalog = catalogOf(
      { organizations: [sampleOrganization("hub")], events: [sampleEvent("forum")], sources: [article] },
      history,
    );
    expect(catalog.dataUpdated).toBe("2024-07-01T00:00:00Z");
  });

  it("dates an empty catalog at the Unix epoch", () => {
    expect(Date.parse(catalogOf({}).dataUpdated)).toBe(0);
  });

  it("publishes records without the editor-only $schema, leaving the validated value alone", () => {
    const value = { $schema: "../../schemas/organization.schema.json", ...sampleOrganization("hub") };
    const catalog = catalogOf({ organizations: [value], sources: [article] });
    const { $schema: _, ...published } = value;
    expect(catalog.organizations.get("hub")!.record).toStrictEqual(published);
    expect(value.$schema).toBe("../../schemas/organization.schema.json");
  });

  it("gives the same record objects when built again from the same dataset with the catalog before", () => {
    const dataset = inMemoryDataset({
      organizations: [sampleOrganization("hub", { $schema: "organization.schema.json" })],
      events: [sampleEvent("forum")],
      sources: [article],
    });
    const first = buildCatalog(dataset, historyOf());
    const second = buildCatalog(dataset, historyOf(), first);
    expect(second.organizations.get("hub")!.record).toBe(first.organizations.get("hub")!.record);
    expect(second.events.get("forum")!.record).toBe(first.events.get("forum")!.record);
    expect(second.sources.get("article")!.record).toBe(first.sources.get("article")!.record);
  });

  it("gives a new record object for a changed value", () => {
    const hub = sampleOrganization("hub");
    const lab = sampleOrganization("lab");
    const first = buildCatalog(inMemoryDataset({ organizations: [hub, lab], sources: [article] }), historyOf());
    const edited = { ...hub, status: "inactive" as const };
    const second = buildCatalog(
      inMemoryDataset({ organizations: [edited, lab], sources: [article] }),
      historyOf(),
      first,
    );
    expect(second.organizations.get("hub")!.record).not.toBe(first.organizations.get("hub")!.record);
    expect(second.organizations.get("hub")!.record.status).toBe("inactive");
    expect(second.organizations.get("lab")!.record).toBe(first.organizations.get("lab")!.record);
  });
});

describe("reuseUnaffectedEntries", () => {
  const dates: RecordDates = { created: "2024-01-01T00:00:00Z", updated: "2024-01-02T00:00:00Z" };
  const kept = sampleOrganization("kept");
  const shown = sampleOrganization("shown");
  const edited = sampleOrganization("edited");
  const redated = sampleOrganization("redated");
  const revised = sampleOrganization("revised");
  const forum = sampleEvent("forum");
  const before = buildCatalog(
    inMemoryDataset({ organizations: [kept, shown, edited, redated, revised], events: [forum], sources: [article] }),
    historyOf(() => dates),
  );
  const after = buildCatalog(
    inMemoryDataset({
      organizations: [kept, shown, { ...edited, kind: "company" }, redated, revised, sampleOrganization("added")],
      events: [forum],
      sources: [article],
    }),
    historyOf((_, id) =>
      id === "redated"
        ? { ...dates, updated: "2024-02-01T00:00:00Z" }
        : id === "revised"
          ? { ...dates, revision: 1 }
          : dates,
    ),
    before,
  );
  reuseUnaffectedEntries(before, after, (collection, id) => collection === "organizations" && id === "shown");

  it("gives unchanged, unaffected records their previous entry objects, in every collection", () => {
    expect(after.organizations.get("kept")).toBe(before.organizations.get("kept"));
    expect(after.events.get("forum")).toBe(before.events.get("forum"));
    expect(after.sources.get("article")).toBe(before.sources.get("article"));
  });

  it("keeps new entries for affected records, changed records and records with changed dates", () => {
    for (const id of ["shown", "edited", "redated", "revised"]) {
      expect(after.organizations.get(id), id).not.toBe(before.organizations.get(id));
    }
    expect(after.organizations.get("edited")!.record.kind).toBe("company");
    expect(after.organizations.get("redated")!.dates.updated).toBe("2024-02-01T00:00:00Z");
    expect(after.organizations.get("revised")!.dates.revision).toBe(1);
    expect(after.organizations.has("added")).toBe(true);
  });
});
