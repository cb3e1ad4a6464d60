import { describe, expect, it } from "vitest";
import { vtimezoneLines } from "./vtimezone.ts";

/** The observances of a VTIMEZONE as `KIND DTSTART FROM→TO`. */
function observances(lines: readonly string[]): string[] {
  const found: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    const [name, value] = line.split(":") as [string, string];
    if (name === "BEGIN" && value !== "VTIMEZONE") current = [value];
    else if (name === "DTSTART" || name === "TZOFFSETFROM") current.push(value);
    else if (name === "TZOFFSETTO") current.push(`→${value}`);
    else if (name === "END" && value !== "VTIMEZONE") found.push(current.join(" ").replace(" →", "→"));
  }
  return found;
}

describe("vtimezoneLines", () => {
  it("describes Mexico City's daylight saving time of 2021, which today's rules no longer have", () => {
    expect(observances(vtimezoneLines("America/Mexico_City", [2021]))).toEqual([
      "STANDARD 20210101T000000 -0600→-0600",
      "DAYLIGHT 20210404T020000 -0600→-0500",
      "STANDARD 20211031T020000 -0500→-0600",
    ]);
  });

  it("calls a lasting change of offset standard time, as Almaty's in 2024", () => {
    expect(observances(vtimezoneLines("Asia/Almaty", [2023, 2024]))).toEqual([
      "STANDARD 20230101T000000 +0600→+0600",
      "STANDARD 20240301T000000 +0600→+0500",
    ]);
  });

  it("calls a higher offset that lasted years standard time, as Moscow's from 2011 to 2014", () => {
    expect(observances(vtimezoneLines("Europe/Moscow", [2011]))).toEqual([
      "STANDARD 20110101T000000 +0300→+0300",
      "STANDARD 20110327T020000 +0300→+0400",
    ]);
  });

  it("knows a year that starts in daylight saving time, as Sydney's summer", () => {
    expect(observances(vtimezoneLines("Australia/Sydney", [2024]))).toEqual([
      "DAYLIGHT 20240101T000000 +1100→+1100",
      "STANDARD 20240407T030000 +1100→+1000",
      "DAYLIGHT 20241006T020000 +1000→+1100",
    ]);
  });

  it("gives a zone without changes one observance, and names the zone as asked", () => {
    const lines = vtimezoneLines("Asia/Chongqing", [2024]);
    expect(lines).toContain("TZID:Asia/Chongqing");
    expect(observances(lines)).toEqual(["STANDARD 20240101T000000 +0800→+0800"]);
  });

  it("describes the years asked for and none between them: New York in 2006 and 2024", () => {
    // The rules changed in 2007; the years between hold no event, so they are left out.
    expect(observances(vtimezoneLines("America/New_York", [2024, 2006]))).toEqual([
      "STANDARD 20060101T000000 -0500→-0500",
      "DAYLIGHT 20060402T020000 -0500→-0400",
      "STANDARD 20061029T020000 -0400→-0500",
      "STANDARD 20240101T000000 -0500→-0500",
      "DAYLIGHT 20240310T020000 -0500→-0400",
      "STANDARD 20241103T020000 -0400→-0500",
    ]);
  });

  it("starts a run of consecutive years once, and goes on through its changes", () => {
    expect(observances(vtimezoneLines("America/New_York", [2023, 2024]))).toEqual([
      "STANDARD 20230101T000000 -0500→-0500",
      "DAYLIGHT 20230312T020000 -0500→-0400",
      "STANDARD 20231105T020000 -0400→-0500",
      "DAYLIGHT 20240310T020000 -0500→-0400",
      "STANDARD 20241103T020000 -0400→-0500",
    ]);
  });

  it("describes the first and the last year of the range in four-digit years, local mean time with its seconds", () => {
    expect(observances(vtimezoneLines("America/New_York", [1000, 9999]))).toEqual([
      "STANDARD 10000101T000000 -045602→-045602",
      "STANDARD 99990101T000000 -0500→-0500",
      "DAYLIGHT 99990314T020000 -0500→-0400",
      "STANDARD 99991107T020000 -0400→-0500",
    ]);
    expect(observances(vtimezoneLines("UTC", [1000, 9999]))).toEqual([
      "STANDARD 10000101T000000 +0000→+0000",
      "STANDARD 99990101T000000 +0000→+0000",
    ]);
  });

  it("grows with the years that have events, not with the span between them", () => {
    const zones = ["America/New_York", "Europe/London", "Australia/Sydney", "Asia/Shanghai"];
    for (const zone of zones) {
      const ends = observances(vtimezoneLines(zone, [1000, 9999]));
      const middle = observances(vtimezoneLines(zone, [5000]));
      const all = observances(vtimezoneLines(zone, [1000, 5000, 9999]));
      expect(all, zone).toEqual([...ends.slice(0, 1), ...middle, ...ends.slice(1)]);
      expect(all.length, zone).toBeLessThanOrEqual(9);
    }
  });
});
