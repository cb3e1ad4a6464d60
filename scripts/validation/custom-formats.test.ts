import { describe, expect, it } from "vitest";
import { isPartialDate, isTimeZoneName } from "./custom-formats.ts";

describe("isTimeZoneName", () => {
  it.each(["Asia/Shanghai", "UTC", "Etc/UTC", "America/Port_of_Spain", "Etc/GMT-14", "EST5EDT"])(
    "accepts %s",
    (name) => {
      expect(isTimeZoneName(name)).toBe(true);
    },
  );

  // Intl gives these under other names (Asia/Calcutta, Europe/Kiev, Asia/Shanghai); they are tz database names all the same.
  it.each(["Asia/Kolkata", "Europe/Kyiv", "Asia/Chongqing"])("accepts the alias %s", (name) => {
    expect(isTimeZoneName(name)).toBe(true);
  });

  it.each(["asia/shanghai", "ASIA/SHANGHAI", "utc", "asia/kolkata", "Asia/Shanghi", "+08:00", ""])(
    "refuses %j",
    (name) => {
      expect(isTimeZoneName(name)).toBe(false);
    },
  );
});

describe("isPartialDate", () => {
  it.each(["1958", "1958-09", "2024-02-29"])("accepts %s", (value) => {
    expect(isPartialDate(value)).toBe(true);
  });

  it.each(["1958-13", "2023-02-29", "1958-9", "58"])("refuses %s", (value) => {
    expect(isPartialDate(value)).toBe(false);
  });

  // The proleptic Gregorian calendar, as the date format has it: years 0 to 99 are no 1900s
  // (Date.UTC's reading); the schema's pattern, not the format, bounds the years.
  it.each(["0000-02-29", "0400-02-29", "1600-02-29", "2000-02-29", "9996-02-29"])("has the leap day %s", (value) => {
    expect(isPartialDate(value)).toBe(true);
  });

  it.each(["0100-02-29", "1000-02-29", "1900-02-29", "9999-02-29"])("has no leap day %s", (value) => {
    expect(isPartialDate(value)).toBe(false);
  });
});
