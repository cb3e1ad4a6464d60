import { describe, expect, it } from "vitest";
import { vtimezoneLines, yearSpanOf } from "./vtimezone.ts";

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
    expect(observances(vtimezoneLines("America/Mexico_City", { first: 2021, last: 2021 }))).toEqual([
      "STANDARD 20201231T180000 -0600→-0600",
      "DAYLIGHT 20210404T020000 -0600→-0500",
      "STANDARD 20211031T020000 -0500→-0600",
    ]);
  });

  it("calls a lasting change of offset standard time, as Almaty's in 2024", () => {
    expect(observances(vtimezoneLines("Asia/Almaty", { first: 2023, last: 2024 }))).toEqual([
      "STANDARD 20230101T060000 +0600→+0600",
      "STANDARD 20240301T000000 +0600→+0500",
    ]);
  });

  it("knows a span that starts in daylight saving time, as Sydney's summer", () => {
    expect(observances(vtimezoneLines("Australia/Sydney", { first: 2024, last: 2024 }))).toEqual([
      "DAYLIGHT 20240101T110000 +1100→+1100",
      "STANDARD 20240407T030000 +1100→+1000",
      "DAYLIGHT 20241006T020000 +1000→+1100",
    ]);
  });

  it("gives a zone without changes one observance, and names the zone as asked", () => {
    const lines = vtimezoneLines("Asia/Chongqing", { first: 2024, last: 2024 });
    expect(lines).toContain("TZID:Asia/Chongqing");
    expect(observances(lines)).toEqual(["STANDARD 20240101T080000 +0800→+0800"]);
  });

  it("covers the UTC years around each instant, a day either side", () => {
    expect(yearSpanOf([Date.parse("2021-07-01T15:00:00Z")])).toEqual({ first: 2021, last: 2021 });
    expect(yearSpanOf([Date.parse("2006-12-31T20:00:00Z"), Date.parse("2024-01-01T03:00:00Z")])).toEqual({
      first: 2006,
      last: 2024,
    });
    expect(yearSpanOf([Date.parse("2007-01-01T03:00:00Z")])).toEqual({ first: 2006, last: 2007 });
  });
});
