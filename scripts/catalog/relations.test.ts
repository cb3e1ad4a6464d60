import { describe, expect, it } from "vitest";
import type { CollectionName, RecordTypes } from "../records/collections.ts";
import type { RecordValues } from "../validation/in-memory-dataset.ts";
import { catalogEntry } from "./catalog-entry.ts";
import { sampleEvent, sampleOrganization, sampleSource } from "./catalog.test-support.ts";
import { resolveRelations } from "./relations.ts";

const dates = { created: "2024-01-01T00:00:00Z", updated: "2024-01-02T00:00:00Z" };

function entriesOf<C extends CollectionName>(collection: C, records: readonly RecordTypes[C][] = []) {
  return new Map(records.map((record) => [record.id, catalogEntry(collection, record.id, record, dates)]));
}

/** Relations of the records given, with events ranked as `eventRank` lists them (by id when not given). */
function relationsOf(values: RecordValues, eventRank: readonly string[] = (values.events ?? []).map((e) => e.id)) {
  const entries = {
    organizations: entriesOf("organizations", values.organizations),
    events: entriesOf("events", values.events),
    sources: entriesOf("sources", values.sources),
  };
  return resolveRelations(entries, new Map(eventRank.map((id, index) => [id, index])));
}

const article = sampleSource("article");

describe("resolveRelations", () => {
  it("lists an organization's children", () => {
    const relations = relationsOf({
      organizations: [
        sampleOrganization("hub"),
        sampleOrganization("lab", { parent: "hub" }),
        sampleOrganization("desk", { parent: "hub" }),
      ],
      sources: [article],
    });
    expect(relations.organizationRelations.get("hub")!.children).toEqual(["lab", "desk"]);
    expect(relations.organizationRelations.get("lab")!.children).toEqual([]);
  });

  it("gathers an organization's roles at one event into one entry, and lists its events in rank order", () => {
    const relations = relationsOf(
      {
        organizations: [sampleOrganization("hub"), sampleOrganization("lab")],
        events: [
          sampleEvent("early", { participants: [{ organization: "hub", role: "participant" }] }),
          sampleEvent("late", {
            participants: [
              { organization: "hub", role: "host" },
              { organization: "lab", role: "organizer" },
              { organization: "hub", role: "sponsor" },
            ],
          }),
        ],
        sources: [article],
      },
      ["late", "early"],
    );
    expect(relations.organizationRelations.get("hub")!.events).toEqual([
      { event: "late", roles: ["host", "sponsor"] },
      { event: "early", roles: ["participant"] },
    ]);
    expect(relations.organizationRelations.get("lab")!.events).toEqual([{ event: "late", roles: ["organizer"] }]);
  });

  it("lists each event where someone spoke for an organization once, in rank order", () => {
    const speaker = (name: string) => ({ name: { en: name }, organization: "hub" });
    const relations = relationsOf(
      {
        organizations: [sampleOrganization("hub")],
        events: [
          sampleEvent("early", { speakers: [speaker("Ada")] }),
          sampleEvent("late", { speakers: [speaker("Ada"), { name: { en: "Guest" } }, speaker("Grace")] }),
        ],
        sources: [article],
      },
      ["late", "early"],
    );
    expect(relations.organizationRelations.get("hub")!.speakerAt).toEqual(["late", "early"]);
  });

  it("lists the sources an organization published", () => {
    const relations = relationsOf({
      organizations: [sampleOrganization("hub")],
      sources: [
        article,
        sampleSource("notice", { publisher: { organization: "hub" } }),
        sampleSource("report", { publisher: { organization: "hub", name: "Hub press office" } }),
      ],
    });
    expect(relations.organizationRelations.get("hub")!.published).toEqual(["notice", "report"]);
  });

  it("lists the tombstones that point at an organization as their successor", () => {
    const relations = relationsOf({
      organizations: [
        sampleOrganization("hub"),
        sampleOrganization("old-hub", { status: "withdrawn", successor: "hub" }),
        sampleOrganization("older-hub", { status: "withdrawn", successor: "hub" }),
      ],
      sources: [article],
    });
    expect(relations.organizationRelations.get("hub")!.predecessors).toEqual(["old-hub", "older-hub"]);
    expect(relations.predecessors.organizations.get("hub")).toEqual(["old-hub", "older-hub"]);
    expect(relations.predecessors.organizations.has("old-hub")).toBe(false);
  });

  it("lists the tombstones that point at an event or a source as their successor", () => {
    const relations = relationsOf({
      events: [sampleEvent("forum"), sampleEvent("old-forum", { status: "withdrawn", successor: "forum" })],
      sources: [article, sampleSource("old-article", { status: "withdrawn", successor: "article" })],
    });
    expect(relations.predecessors.events.get("forum")).toEqual(["old-forum"]);
    expect(relations.predecessors.sources.get("article")).toEqual(["old-article"]);
  });

  it("lists who cites a source, with the fields cited when the citation names them", () => {
    const relations = relationsOf({
      organizations: [sampleOrganization("hub", { sources: [{ source: "article", fields: ["/names/display/en"] }] })],
      events: [sampleEvent("forum")],
      sources: [article, sampleSource("unused")],
    });
    // Strict, so that a citation of the whole record has no `fields` key at all.
    expect(relations.sourceRelations.get("article")!.citedBy).toStrictEqual([
      { collection: "organizations", id: "hub", fields: ["/names/display/en"] },
      { collection: "events", id: "forum" },
    ]);
    expect(relations.sourceRelations.get("unused")!.citedBy).toEqual([]);
  });

  it("takes only the successor link from a withdrawn record", () => {
    const relations = relationsOf({
      organizations: [
        sampleOrganization("hub"),
        sampleOrganization("old-lab", { status: "withdrawn", parent: "hub", successor: "hub" }),
      ],
      events: [
        sampleEvent("forum"),
        sampleEvent("old-forum", {
          status: "withdrawn",
          successor: "forum",
          participants: [{ organization: "hub", role: "host" }],
          speakers: [{ name: { en: "Ada" }, organization: "hub" }],
        }),
      ],
      sources: [
        article,
        sampleSource("old-article", { status: "withdrawn", successor: "article", publisher: { organization: "hub" } }),
      ],
    });
    const hub = relations.organizationRelations.get("hub")!;
    expect(hub).toEqual({ children: [], events: [], speakerAt: [], published: [], predecessors: ["old-lab"] });
    expect(relations.sourceRelations.get("article")!.citedBy).toEqual([
      { collection: "organizations", id: "hub" },
      { collection: "events", id: "forum" },
    ]);
  });
});
