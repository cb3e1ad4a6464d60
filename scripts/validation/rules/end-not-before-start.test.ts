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

  it("compares days at both ends of the range of years, in local mean time before standard time", () => {
    // Midnight in New York's local mean time (−04:56:02) is 04:56:02 UTC: the same day, written -04:56.
    expect(findingsFor("1000-01-01T00:00:00-04:56", "1000-01-01", "America/New_York")).toEqual([]);
    expect(findingsFor("1000-01-01", "1000-01-01T00:00:00-04:56", "America/New_York")).toEqual([]);
    expect(findingsFor("9999-12-31T20:00:00-05:00", "9999-12-31", "America/New_York")).toEqual([]);
    expect(findingsFor("9999-12-31", "9999-12-30T23:59:59-05:00", "America/New_York")).toHaveLength(1);
    // The year 999 sorted after 2024 when days were compared as unpadded text.
    expect(findingsFor("2024-06-01", "0999-05-01T00:00:00Z", "UTC")).toHaveLength(1);
    expect(findingsFor("0050-06-01T00:00:00Z", "2024-01-01", "UTC")).toEqual([]);
  });

  it("compares calendar days in the event's own time zone", () => {
    // 20:00 UTC on the 6th is the 7th in Shanghai but still the 6th in New York.
    expect(findingsFor("2023-11-06T20:00:00Z", "2023-11-06", "Asia/Shanghai")).toHaveLength(1);
    expect(findingsFor("2023-11-06T20:00:00Z", "2023-11-06", "America/New_York")).toEqual([]);
  });
});
