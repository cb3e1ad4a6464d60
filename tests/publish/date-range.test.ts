/**
 * Events at both ends of the registry's range of years, 1000 to 9999 (tests/fixtures/date-range),
 * published with four-digit years, in order, and read back by ical.js as the moments the records
 * give; their time zone blocks describe the years that have events, not the centuries between.
 */
import { Temporal } from "@js-temporal/polyfill";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { dateRangeAtPrefix, eventPageUrl, listFiles, readTreeFile, useBuiltTrees } from "./built-site.ts";

const built = useBuiltTrees([dateRangeAtPrefix]);

interface Expected {
  /** DTSTART and DTEND or DURATION, as written. */
  lines: string[];
  /** Start and end as ical.js reads them: an event without an end ends at its start. */
  start: string;
  end: string;
  /** The moment a whole-day end finishes, where the record gives a time for its start. */
  endsAt?: string;
}

const pairZones = {
  "new-york": "America/New_York",
  london: "Europe/London",
  sydney: "Australia/Sydney",
  shanghai: "Asia/Shanghai",
  "mexico-city": "America/Mexico_City",
  almaty: "Asia/Almaty",
};

const expectedDates: Record<string, Expected> = {
  "first-day-1000": {
    lines: ["DTSTART;VALUE=DATE:10000101", "DTEND;VALUE=DATE:10000102"],
    start: "1000-01-01",
    end: "1000-01-02",
  },
  "first-moment-1000-auckland": {
    lines: ["DTSTART;TZID=Pacific/Auckland:10000101T000000"],
    start: "1000-01-01T00:00:00",
    end: "1000-01-01T00:00:00",
  },
  "morning-1000-utc": {
    lines: ["DTSTART;TZID=UTC:10000101T100000"],
    start: "1000-01-01T10:00:00",
    end: "1000-01-01T10:00:00",
  },
  "new-year-2000-new-york": {
    lines: ["DTSTART;TZID=America/New_York:19991231T220000", "DTEND;TZID=America/New_York:20000101T020000"],
    start: "1999-12-31T22:00:00",
    end: "2000-01-01T02:00:00",
  },
  // The day after 31 December 9999 has five digits: the length stands in for the end.
  "last-day-9999": { lines: ["DTSTART;VALUE=DATE:99991231", "DURATION:P1D"], start: "9999-12-31", end: "10000-01-01" },
  "last-days-9999": {
    lines: ["DTSTART;VALUE=DATE:99991229", "DURATION:P3D"],
    start: "9999-12-29",
    end: "10000-01-01",
  },
  "last-evening-9999-new-york": {
    lines: ["DTSTART;TZID=America/New_York:99991231T200000", "DTEND;TZID=America/New_York:99991231T233000"],
    start: "9999-12-31T20:00:00",
    end: "9999-12-31T23:30:00",
  },
  "last-morning-9999-shanghai": {
    lines: ["DTSTART;TZID=Asia/Shanghai:99991231T100000", "DURATION:PT14H"],
    start: "9999-12-31T10:00:00",
    end: "10000-01-01T00:00:00",
    endsAt: "9999-12-31T16:00:00Z",
  },
  ...Object.fromEntries(
    Object.entries(pairZones).flatMap(([name, zone]) =>
      ["1000", "9999"].map((year) => [
        `${name}-${year}`,
        {
          lines: [`DTSTART;TZID=${zone}:${year}0615T100000`],
          start: `${year}-06-15T10:00:00`,
          end: `${year}-06-15T10:00:00`,
        },
      ]),
    ),
  ),
};

/** The content lines of a calendar, unfolded. */
function contentLines(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, "").split("\r\n");
}

function calendarFiles(): string[] {
  return listFiles(built.get(dateRangeAtPrefix).dir).filter((file) => file.endsWith(".ics"));
}

/** The moment a record's date-time stands for: the wall-clock time it writes, in the event's zone. */
function wallClockMoment(value: string, timeZone: string): Temporal.Instant {
  return Temporal.PlainDateTime.from(value.slice(0, 19)).toZonedDateTime(timeZone).toInstant();
}

/**
 * The moment an ical.js time stands for, through the VTIMEZONE of its file, is the one wanted.
 * ical.js drops the seconds of an offset (local mean time, such as Mexico City's −06:36:36 in the
 * year 1000), which RFC 5545 allows and the files write: its moment is then off by those seconds.
 */
function expectMoment(time: ICAL.Time, wanted: Temporal.Instant, where: string): void {
  const read = Temporal.Instant.fromEpochMilliseconds(time.toUnixTime() * 1000);
  const zone = time.zone?.tzid;
  const offsetSeconds = zone ? wanted.toZonedDateTimeISO(zone).offsetNanoseconds / 1e9 : 0;
  const dropped = offsetSeconds % 60;
  expect(read.subtract({ seconds: dropped }).toString(), `${where}: ${read.toString()}`).toBe(wanted.toString());
}

describe("events at both ends of the range of years", () => {
  it("have a calendar each, and all of them one together", () => {
    const tree = built.get(dateRangeAtPrefix);
    expect(calendarFiles()).toEqual(
      ["calendar/events.ics", ...Object.keys(expectedDates).map((id) => `calendar/events/${id}.ics`)].sort(),
    );
    expect([...tree.records.events.keys()].sort()).toEqual(Object.keys(expectedDates).sort());
  });

  it("write every date and time of every calendar with a four-digit year", () => {
    const tree = built.get(dateRangeAtPrefix);
    for (const file of calendarFiles()) {
      for (const line of contentLines(readTreeFile(tree, file))) {
        if (!/^(DTSTART|DTEND|DUE|RECURRENCE-ID)[;:]/.test(line)) continue;
        expect(line.slice(line.lastIndexOf(":") + 1), `${file}: ${line}`).toMatch(/^\d{8}(T\d{6})?$/);
      }
    }
  });

  it("give the start and the end as written, and ical.js reads them as the records' moments", () => {
    const tree = built.get(dateRangeAtPrefix);
    let checked = 0;
    for (const file of calendarFiles()) {
      const text = readTreeFile(tree, file);
      const calendar = new ICAL.Component(ICAL.parse(text));
      for (const vevent of calendar.getAllSubcomponents("vevent")) {
        const url = String(vevent.getFirstPropertyValue("url"));
        const id = url.slice(`${tree.baseUrl}events/`.length, -1);
        expect(url).toBe(eventPageUrl(tree, id));
        const record = tree.records.events.get(id)!;
        const wanted = expectedDates[id]!;
        const where = `${file} (${id})`;
        const lines = vevent.getAllProperties().filter((property) => /^(dtstart|dtend|duration)$/.test(property.name));
        expect(
          lines.map((property) => property.toICALString()),
          where,
        ).toEqual(wanted.lines);
        const event = new ICAL.Event(vevent);
        expect([event.startDate.toString(), event.endDate.toString()], where).toEqual([wanted.start, wanted.end]);
        if (record.start.includes("T")) {
          expect(event.startDate.zone?.tzid, where).toBe(record.timeZone);
          expectMoment(event.startDate, wallClockMoment(record.start, record.timeZone), where);
          const endsAt = record.end?.includes("T") ? wallClockMoment(record.end, record.timeZone) : wanted.endsAt;
          if (endsAt) expectMoment(event.endDate, Temporal.Instant.from(endsAt), where);
        }
        checked++;
      }
    }
    // Each event in its own calendar and in the calendar of all events.
    expect(checked).toBe(2 * Object.keys(expectedDates).length);
  });

  it("come newest first in the calendar of all events, from 31 December 9999 to 1 January 1000", () => {
    const tree = built.get(dateRangeAtPrefix);
    const calendar = new ICAL.Component(ICAL.parse(readTreeFile(tree, "calendar/events.ics")));
    const order = calendar
      .getAllSubcomponents("vevent")
      .map((vevent) => String(vevent.getFirstPropertyValue("url")).slice(`${tree.baseUrl}events/`.length, -1));
    expect(order).toEqual([
      // 20:00 in New York on 31 December 9999 is already 10000 in UTC.
      "last-evening-9999-new-york",
      "last-morning-9999-shanghai",
      "last-day-9999",
      "last-days-9999",
      "mexico-city-9999",
      "new-york-9999",
      "london-9999",
      "almaty-9999",
      "shanghai-9999",
      "sydney-9999",
      "new-year-2000-new-york",
      "mexico-city-1000",
      "new-york-1000",
      "london-1000",
      "almaty-1000",
      "shanghai-1000",
      "sydney-1000",
      "morning-1000-utc",
      "first-day-1000",
      // Midnight in Auckland's local mean time (+11:39:04) is still in the year 999 in UTC.
      "first-moment-1000-auckland",
    ]);
  });

  it("describe in each time zone block the years with events only, in local mean time before standard time", () => {
    const tree = built.get(dateRangeAtPrefix);
    const text = readTreeFile(tree, "calendar/events.ics");
    // Walking every day from 1000 to 9999 made this file 7.6 MB; 22 events need a few kilobytes.
    expect(text.length).toBeLessThan(32_000);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const observances = (tzid: string) =>
      calendar
        .getAllSubcomponents("vtimezone")
        .find((zone) => zone.getFirstPropertyValue("tzid") === tzid)!
        .getAllSubcomponents()
        .map((part) =>
          [
            part.name,
            part.getFirstProperty("dtstart")!.toICALString().slice("DTSTART:".length),
            `${contentLines(part.toString())
              .find((line) => line.startsWith("TZOFFSETFROM:"))!
              .slice(13)}→${contentLines(part.toString())
              .find((line) => line.startsWith("TZOFFSETTO:"))!
              .slice(11)}`,
          ].join(" "),
        );
    expect(observances("America/New_York")).toEqual([
      "standard 10000101T000000 -045602→-045602",
      "standard 19990101T000000 -0500→-0500",
      "daylight 19990404T020000 -0500→-0400",
      "standard 19991031T020000 -0400→-0500",
      "daylight 20000402T020000 -0500→-0400",
      "standard 20001029T020000 -0400→-0500",
      "standard 99990101T000000 -0500→-0500",
      "daylight 99990314T020000 -0500→-0400",
      "standard 99991107T020000 -0400→-0500",
    ]);
    expect(observances("Asia/Shanghai")).toEqual([
      "standard 10000101T000000 +080543→+080543",
      "standard 99990101T000000 +0800→+0800",
    ]);
    for (const zone of calendar.getAllSubcomponents("vtimezone")) {
      expect(zone.getAllSubcomponents().length, String(zone.getFirstPropertyValue("tzid"))).toBeLessThanOrEqual(9);
    }
  });
});
