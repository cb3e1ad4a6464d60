import { describe, expect, it } from "vitest";
import type { RecordDates } from "../history/record-dates.ts";
import { catalogEntry } from "./catalog-entry.ts";
import { sampleEvent, sampleOrganization, sampleSource } from "./catalog.test-support.ts";

const dates: RecordDates = { created: "2024-01-01T00:00:00Z", updated: "2024-01-02T00:00:00Z" };

describe("catalogEntry", () => {
  it.each([
    ["an active organization", catalogEntry("organizations", "a", sampleOrganization("a"), dates), true],
    [
      "an inactive organization",
      catalogEntry("organizations", "a", sampleOrganization("a", { status: "inactive" }), dates),
      true,
    ],
    [
      "a withdrawn organization",
      catalogEntry("organizations", "a", sampleOrganization("a", { status: "withdrawn" }), dates),
      false,
    ],
    ["a cancelled event", catalogEntry("events", "e", sampleEvent("e", { status: "cancelled" }), dates), true],
    ["a withdrawn event", catalogEntry("events", "e", sampleEvent("e", { status: "withdrawn" }), dates), false],
    ["a source without a status", catalogEntry("sources", "s", sampleSource("s"), dates), true],
    ["a withdrawn source", catalogEntry("sources", "s", sampleSource("s", { status: "withdrawn" }), dates), false],
  ])("decides whether %s is live", (_, entry, live) => {
    expect(entry.live).toBe(live);
  });

  it("answers a record without former ids at its own id only", () => {
    const entry = catalogEntry("organizations", "lab", sampleOrganization("lab"), dates);
    expect(entry.formerIds).toEqual([]);
    expect(entry.addresses).toEqual(["lab"]);
    expect(entry.firstId).toBe("lab");
  });

  it("answers a renamed record at its own id first, then its former ids in order, and knows it by the oldest", () => {
    const record = sampleEvent("forum-2024", { formerIds: ["forum-draft", "forum-2024-spring"] });
    const entry = catalogEntry("events", "forum-2024", record, dates);
    expect(entry.formerIds).toEqual(["forum-draft", "forum-2024-spring"]);
    expect(entry.addresses).toEqual(["forum-2024", "forum-draft", "forum-2024-spring"]);
    expect(entry.firstId).toBe("forum-draft");
  });

  it.each([
    ["a live organization", catalogEntry("organizations", "a", sampleOrganization("a"), dates), "feed"],
    [
      "an inactive organization",
      catalogEntry("organizations", "a", sampleOrganization("a", { status: "inactive" }), dates),
      "feed",
    ],
    ["a live event", catalogEntry("events", "e", sampleEvent("e"), dates), "calendar"],
    [
      "a withdrawn organization",
      catalogEntry("organizations", "a", sampleOrganization("a", { status: "withdrawn" }), dates),
      undefined,
    ],
    ["a withdrawn event", catalogEntry("events", "e", sampleEvent("e", { status: "withdrawn" }), dates), undefined],
    ["a source", catalogEntry("sources", "s", sampleSource("s"), dates), undefined],
  ])("gives %s the subscription %s", (_, entry, subscription) => {
    expect(entry.subscription).toBe(subscription);
  });

  it("gives every entry the same keys in the same order, whatever the record's shape", () => {
    const entries = [
      catalogEntry("organizations", "a", sampleOrganization("a"), dates),
      catalogEntry("organizations", "b", sampleOrganization("b", { formerIds: ["old-b"], parent: "a" }), dates),
      catalogEntry("events", "e", sampleEvent("e", { status: "withdrawn", successor: "f" }), dates),
      catalogEntry("sources", "s", sampleSource("s"), { ...dates, revision: 3 }),
      catalogEntry("sources", "t", sampleSource("t", { status: "withdrawn", formerIds: ["old-t"] }), dates),
    ];
    const keyOrders = new Set(entries.map((entry) => Object.keys(entry).join()));
    expect([...keyOrders]).toHaveLength(1);
  });
});
