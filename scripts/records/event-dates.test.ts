import { describe, expect, it } from "vitest";
import {
  instantOf,
  localDateOf,
  nextDay,
  offsetMinutesAt,
  startInstant,
  startOfDay,
  wallClockAt,
  zonedDateTimeOf,
} from "./event-dates.ts";

describe("startInstant", () => {
  it("orders events across the whole range of years, and reads no year as another", () => {
    const starts = ["9999-12-31", "5000-06-15T10:00:00+08:00", "1950-06-15", "1000-06-15", "0050-06-15"];
    const instants = starts.map((start) => startInstant(start, "Asia/Shanghai"));
    expect([...instants].sort((a, b) => b - a)).toEqual(instants);
    // Date.UTC read 50 as 1950: an event of the year 50 sorted as one of 1950.
    expect(startInstant("0050-06-15", "UTC")).toBe(Date.parse("0050-06-15T00:00:00Z"));
  });

  it("starts a day at its first moment in the event's zone, in local mean time before standard time", () => {
    expect(new Date(startInstant("2023-11-06", "Asia/Shanghai")).toISOString()).toBe("2023-11-05T16:00:00.000Z");
    // New York kept its local mean time, 4 hours 56 minutes 2 seconds behind UTC, until 1883.
    expect(new Date(startInstant("1000-06-15", "America/New_York")).toISOString()).toBe("1000-06-15T04:56:02.000Z");
    // São Paulo skipped midnight when daylight saving time began on 4 November 2018.
    expect(startOfDay("2018-11-04", "America/Sao_Paulo").toString()).toBe(
      "2018-11-04T01:00:00-02:00[America/Sao_Paulo]",
    );
  });

  it("takes a date-time as the instant it writes", () => {
    expect(startInstant("9999-12-31T20:00:00-05:00", "America/New_York")).toBe(Date.parse("+010000-01-01T01:00:00Z"));
  });
});

describe("zonedDateTimeOf", () => {
  it("keeps the local time written when the zone's offset has seconds the record cannot write", () => {
    const zoned = zonedDateTimeOf("1850-06-15T10:00:00-04:56", "America/New_York");
    expect(zoned.toPlainDateTime().toString()).toBe("1850-06-15T10:00:00");
    expect(zoned.offset).toBe("-04:56:02");
  });

  it("reads the offsets of daylight saving time far ahead by today's rules", () => {
    expect(zonedDateTimeOf("9999-07-01T10:00:00-04:00", "America/New_York").toPlainDateTime().toString()).toBe(
      "9999-07-01T10:00:00",
    );
  });
});

describe("localDateOf", () => {
  it("gives the calendar day in the event's zone, with four-digit years", () => {
    expect(localDateOf("2023-11-05T20:00:00Z", "Asia/Shanghai").toString()).toBe("2023-11-06");
    expect(localDateOf("1000-01-01T00:00:00-04:56", "America/New_York").toString()).toBe("1000-01-01");
    expect(localDateOf("9999-12-31", "UTC").toString()).toBe("9999-12-31");
    // Intl wrote the year 999 as "999", which sorted after "2024" as text.
    expect(localDateOf("0999-05-01T00:00:00Z", "UTC").toString()).toBe("0999-05-01");
  });
});

describe("nextDay", () => {
  it.each([
    ["2023-11-06", "2023-11-07"],
    ["1000-02-28", "1000-03-01"],
    ["2000-02-28", "2000-02-29"],
    ["1999-12-31", "2000-01-01"],
    ["9999-12-30", "9999-12-31"],
    ["0050-06-15", "0050-06-16"],
  ])("follows %s with %s", (date, next) => {
    expect(nextDay(date).toString()).toBe(next);
  });

  it("goes past the last day of the range, into a year that calendars must not write", () => {
    expect(nextDay("9999-12-31").year).toBe(10000);
  });
});

describe("offsets", () => {
  it("rounds local mean time to the minute, as records write it", () => {
    expect(offsetMinutesAt(instantOf("1850-06-15T14:56:00Z"), "America/New_York")).toBe(-296);
    expect(offsetMinutesAt(instantOf("9999-07-01T14:00:00Z"), "America/New_York")).toBe(-240);
    expect(wallClockAt(instantOf("0999-12-31T12:21:00Z"), "Pacific/Auckland").toString()).toBe("1000-01-01T00:00:04");
  });
});
