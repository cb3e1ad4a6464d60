import { describe, expect, it } from "vitest";
import { inMemoryDataset, runRule } from "../in-memory-dataset.ts";
import { endNotBeforeStart } from "./end-not-before-start.ts";
import { sampleEvent } from "./sample-records.test-support.ts";

function findingsFor(start: string, end: string, timeZone = "Asia/Shanghai") {
  return runRule(endNotBeforeStart, inMemoryDataset({ events: [sampleEvent("e", { start, end, timeZone })] }));
}

describe("end-not-before-start", () => {
  it.each([
    ["2023-11-06", "2023-11-06"],
    ["2023-11-06", "2023-11-08"],
    ["2023-11-06T09:00:00+08:00", "2023-11-06T11:00:00+08:00"],
    ["2023-11-06T09:00:00+08:00", "2023-11-06"],
    // 23:30 UTC on the 5th is already the 6th in Shanghai.
    ["2023-11-05T23:30:00Z", "2023-11-06"],
    ["2023-11-06", "2023-11-06T01:00:00Z"],
  ])("accepts %s to %s", (start, end) => {
    expect(findingsFor(start, end)).toEqual([]);
  });

  it.each([
    ["2023-11-06", "2023-11-05"],
    ["2023-11-06T11:00:00+08:00", "2023-11-06T09:00:00+08:00"],
    ["2023-11-06T11:00:00+08:00", "2023-11-06T02:59:59Z"],
    ["2023-11-07T01:00:00+08:00", "2023-11-06"],
  ])("reports %s to %s", (start, end) => {
    expect(findingsFor(start, end)).toEqual([
      {
        file: "data/events/e.json",
        pointer: "/end",
        severity: "error",
        message: `ends (${end}) before it starts (${start})`,
      },
    ]);
  });

  it("compares calendar days in the event's own time zone", () => {
    // 20:00 UTC on the 6th is the 7th in Shanghai but still the 6th in New York.
    expect(findingsFor("2023-11-06T20:00:00Z", "2023-11-06", "Asia/Shanghai")).toHaveLength(1);
    expect(findingsFor("2023-11-06T20:00:00Z", "2023-11-06", "America/New_York")).toEqual([]);
  });
});
