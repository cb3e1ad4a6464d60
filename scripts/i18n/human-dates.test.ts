import { describe, expect, it } from "vitest";
import { humanDate, humanDateRange, rfc822 } from "./human-dates.ts";

describe("humanDate", () => {
  it.each([
    ["1000-01-01", "1 January 1000", "1000年1月1日"],
    ["9999-12-31", "31 December 9999", "9999年12月31日"],
    ["1000", "1000", "1000年"],
    ["9999-12", "December 9999", "9999年12月"],
    ["1000-06-15T10:00:00-04:56", "15 June 1000 10:00", "1000年6月15日 10:00"],
  ])("spells %s at the ends of the range of years", (value, english, chinese) => {
    expect(humanDate(value, "en")).toBe(english);
    expect(humanDate(value, "zh-Hans")).toBe(chinese);
  });

  it("gives a range from the first to the last year as written", () => {
    expect(humanDateRange("1000-01-01", "9999-12-31", "en")).toBe("1 January 1000 – 31 December 9999");
  });
});

describe("rfc822", () => {
  it.each([
    ["2023-11-17T08:00:00Z", "Fri, 17 Nov 2023 08:00:00 GMT"],
    ["2024-02-29T23:30:00.123+08:00", "Thu, 29 Feb 2024 15:30:00 GMT"],
    ["1970-01-01T00:00:00.000Z", "Thu, 01 Jan 1970 00:00:00 GMT"],
    ["1000-01-01T00:00:00Z", "Wed, 01 Jan 1000 00:00:00 GMT"],
    ["9999-12-31T23:59:59Z", "Fri, 31 Dec 9999 23:59:59 GMT"],
  ])("writes %s in UTC as %s", (value, written) => {
    expect(rfc822(value)).toBe(written);
    // The form feed readers have always had from this project.
    expect(rfc822(value)).toBe(new Date(value).toUTCString());
  });
});
