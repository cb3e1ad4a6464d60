import { describe, expect, it } from "vitest";
import type { CollectionName } from "../records/collections.ts";
import type { Event } from "../records/types.generated.ts";
import { inMemoryDataset, type RecordValues } from "../validation/in-memory-dataset.ts";
import { buildCatalog, type Catalog } from "./catalog.ts";
import { catalogOf, historyOf, sampleEvent, sampleOrganization, sampleSource } from "./catalog.test-support.ts";
import { affectedRecords, changedRecords, neighborsOf, recordKey, splitRecordKey } from "./neighbors.ts";

const hub = sampleOrganization("hub", { sources: [{ source: "notice" }] });
const lab = sampleOrganization("lab", { parent: "hub" });
const oldHub = sampleOrganization("old-hub", {
  status: "withdrawn",
  successor: "hub",
  sources: [{ source: "memo" }],
});
const forum = sampleEvent("forum", {
  participants: [{ organization: "hub", role: "host" }],
  speakers: [{ name: { en: "Ada" }, organization: "lab" }],
});
const article = sampleSource("article", { publisher: { organization: "hub" } });
const notice = sampleSource("notice");
const memo = sampleSource("memo");
const values: RecordValues = { organizations: [hub, lab, oldHub], events: [forum], sources: [article, notice, memo] };

/** The neighbours, sorted and each once: `neighborsOf` lists a record once for each link to it. */
function neighborSet(catalog: Catalog, collection: CollectionName, id: string): string[] {
  return [...new Set(neighborsOf(catalog, collection, id))].sort();
}

describe("neighborsOf", () => {
  const catalog = catalogOf(values);

  it("gives an organization its citations, predecessors, children, events and published sources", () => {
    expect(neighborSet(catalog, "organizations", "hub")).toEqual([
      "events/forum",
      "organizations/lab",
      "organizations/old-hub",
      "sources/article",
      "sources/notice",
    ]);
  });

  it("gives an organization its parent and the events where someone spoke for it", () => {
    expect(neighborSet(catalog, "organizations", "lab")).toEqual([
      "events/forum",
      "organizations/hub",
      "sources/article",
    ]);
  });

  it("gives a tombstone its successor and its citations", () => {
    expect(neighborSet(catalog, "organizations", "old-hub")).toEqual(["organizations/hub", "sources/memo"]);
  });

  it("gives an event its participants, speakers' organizations and citations", () => {
    expect(neighborSet(catalog, "events", "forum")).toEqual([
      "organizations/hub",
      "organizations/lab",
      "sources/article",
    ]);
  });

  it("gives a source its publisher and the records that cite it", () => {
    expect(neighborSet(catalog, "sources", "article")).toEqual([
      "events/forum",
      "organizations/hub",
      "organizations/lab",
    ]);
  });

  it("gives a source the tombstones that cite it: a tombstone's page still shows its sources", () => {
    expect(neighborSet(catalog, "sources", "memo")).toEqual(["organizations/old-hub"]);
  });

  it("gives a record that is not in the catalog no neighbours", () => {
    expect(neighborsOf(catalog, "events", "hub")).toEqual([]);
  });
});

describe("splitRecordKey", () => {
  it("gives back the collection and id a key was made from", () => {
    expect(splitRecordKey(recordKey("organizations", "hub"))).toEqual(["organizations", "hub"]);
    expect(splitRecordKey(recordKey("events", "forum-2024-05"))).toEqual(["events", "forum-2024-05"]);
    expect(splitRecordKey(recordKey("sources", "a"))).toEqual(["sources", "a"]);
  });
});

describe("changedRecords", () => {
  const dates = { created: "2024-01-01T00:00:00Z", updated: "2024-01-02T00:00:00Z" };
  const history = historyOf(() => dates);
  const before = buildCatalog(inMemoryDataset(values), history);

  it("lists records added, removed, changed or with changed dates, and no others", () => {
    const after = buildCatalog(
      inMemoryDataset({
        organizations: [hub, { ...lab, kind: "university" }, sampleOrganization("desk")],
        events: [forum],
        sources: [article, notice, memo],
      }),
      historyOf((_, id) => (id === "forum" ? { ...dates, updated: "2024-03-01T00:00:00Z" } : dates)),
      before,
    );
    expect(changedRecords(before, after).sort()).toEqual([
      "events/forum",
      "organizations/desk",
      "organizations/lab",
      "organizations/old-hub",
    ]);
  });

  it("lists nothing when the data is the same", () => {
    const after = buildCatalog(inMemoryDataset(values), history, before);
    expect(changedRecords(before, after)).toEqual([]);
  });
});

describe("affectedRecords", () => {
  it("adds the neighbours of each changed record before and after the change", () => {
    const guest = sampleOrganization("guest");
    const before = catalogOf({ ...values, organizations: [hub, lab, oldHub, guest] });
    const moved: Event = { ...forum, participants: [{ organization: "guest", role: "host" }] };
    const after = buildCatalog(
      inMemoryDataset({ ...values, organizations: [hub, lab, oldHub, guest], events: [moved] }),
      historyOf(),
      before,
    );
    // The hub is no longer the forum's host, yet its page must drop the forum: it is affected too.
    expect([...affectedRecords(before, after, ["events/forum"])].sort()).toEqual([
      "events/forum",
      "organizations/guest",
      "organizations/hub",
      "organizations/lab",
      "sources/article",
    ]);
  });

  it("adds, for an edited source, the neighbours of the records that cite it: they show its date", () => {
    const before = catalogOf(values);
    const dated = { ...notice, published: "2024-02-01" };
    const after = buildCatalog(inMemoryDataset({ ...values, sources: [article, dated, memo] }), historyOf(), before);
    // The hub cites the notice, so its status holds as of the notice's date; its neighbours are
    // affected as well, as a page may show the status of a record it lists.
    expect([...affectedRecords(before, after, ["sources/notice"])].sort()).toEqual([
      "events/forum",
      "organizations/hub",
      "organizations/lab",
      "organizations/old-hub",
      "sources/article",
      "sources/notice",
    ]);
  });
});
