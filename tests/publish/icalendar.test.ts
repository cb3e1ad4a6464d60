/**
 * The iCalendar files parse in ical.js and follow RFC 5545 where lenient parsers let
 * mistakes through: line endings, folding, required properties, real dates, time zones.
 */
import fs from "node:fs";
import path from "node:path";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import {
  eventPageUrl,
  expectedStartInstant,
  feedsAtPrefix,
  generatedAtPrefix,
  hostileAtPrefix,
  listFiles,
  readTreeFile,
  realAtPrefix,
  realAtRoot,
  standardTrees,
  useBuiltTrees,
  zoneOffset,
  type BuiltTree,
} from "./built-site.ts";

// The generated dataset adds many events (whole-day and timed, one cancelled) in one calendar;
// the feeds fixture, time zones whose rules changed and renamed records.
const trees = [...standardTrees, generatedAtPrefix, feedsAtPrefix];
const built = useBuiltTrees(trees);
const cases = trees.map((spec) => [spec.name, spec] as const);

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

interface Component {
  name: string;
  properties: Property[];
  components: Component[];
}

/** Content lines with folding undone (RFC 5545 section 3.1): CRLF followed by one space or tab. */
function unfold(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter((line) => line !== "");
}

/** `NAME;PARAM=value;PARAM="quoted":value`, with quoted parameter values that may hold `:` or `;`. */
function parseContentLine(line: string): Property {
  const match = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)*):(.*)$/s.exec(
    line,
  );
  if (!match) throw new Error(`not a content line: ${JSON.stringify(line)}`);
  const params: Record<string, string> = {};
  for (const [, key, value] of match[2]!.matchAll(/;([A-Za-z0-9-]+)=("[^"]*"|[^;]*)/g)) {
    params[key!.toUpperCase()] = value!.replace(/^"(.*)"$/, "$1");
  }
  return { name: match[1]!.toUpperCase(), params, value: match[3]! };
}

/** The component tree of a calendar, from its unfolded content lines. */
function readCalendar(text: string): Component {
  const stack: Component[] = [{ name: "", properties: [], components: [] }];
  for (const line of unfold(text)) {
    const property = parseContentLine(line);
    const current = stack.at(-1)!;
    if (property.name === "BEGIN") {
      const component = { name: property.value.toUpperCase(), properties: [], components: [] };
      current.components.push(component);
      stack.push(component);
    } else if (property.name === "END") {
      expect(property.value.toUpperCase(), `END:${property.value} closes ${current.name}`).toBe(current.name);
      stack.pop();
    } else {
      expect(stack.length, `${property.name} outside any component`).toBeGreaterThan(1);
      current.properties.push(property);
    }
  }
  expect(stack.length, "every BEGIN has its END").toBe(1);
  expect(stack[0]!.components.map((component) => component.name)).toEqual(["VCALENDAR"]);
  return stack[0]!.components[0]!;
}

function all(component: Component, name: string): Property[] {
  return component.properties.filter((property) => property.name === name);
}

function one(component: Component, name: string, where: string): Property {
  const found = all(component, name);
  expect(found.length, `${where}: exactly one ${name}`).toBe(1);
  return found[0]!;
}

function walk(component: Component, visit: (component: Component) => void): void {
  visit(component);
  for (const child of component.components) walk(child, visit);
}

/** `YYYYMMDD` of a `YYYY-MM-DD` date. */
const compact = (date: string) => date.replace(/-/g, "");

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** Local wall-clock time of an instant in a zone, as `YYYYMMDDTHHMMSS`. */
function wallClock(instant: number, timeZone: string): string {
  return new Date(instant + zoneOffset(instant, timeZone))
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "");
}

/** The instant a DATE-TIME property stands for: UTC with `Z`, else wall-clock time in the event's zone. */
function instantOf(property: Property, timeZone: string): number {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/.exec(property.value);
  expect(match, `${property.name}:${property.value} is a DATE-TIME`).not.toBeNull();
  const [, y, mo, d, h, mi, s, z] = match!;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (z) return wall;
  expect(property.params.TZID, `${property.name} in local time names its zone`).toBe(timeZone);
  const first = wall - zoneOffset(wall, timeZone);
  return wall - zoneOffset(first, timeZone);
}

function calendars(tree: BuiltTree): string[] {
  return listFiles(tree.dir).filter((file) => file.endsWith(".ics"));
}

/** The event id a VEVENT is about, from its URL, which must be the event's page. */
function eventIdOf(tree: BuiltTree, event: Component, where: string): string {
  const url = one(event, "URL", where).value;
  const id = url.startsWith(`${tree.baseUrl}events/`) ? url.slice(`${tree.baseUrl}events/`.length, -1) : "";
  expect(tree.records.events.has(id), `${where}: URL ${url} is no event's page`).toBe(true);
  expect(url).toBe(eventPageUrl(tree, id));
  return id;
}

function vevents(tree: BuiltTree, file: string): Component[] {
  return readCalendar(readTreeFile(tree, file)).components.filter((component) => component.name === "VEVENT");
}

describe("iCalendar files", () => {
  it.each(cases)(
    "%s: exist for every event but a withdrawn one, at its former ids too, and all of them together",
    (_, spec) => {
      const tree = built.get(spec);
      const liveEvents = [...tree.records.events].filter(([, event]) => event.status !== "withdrawn");
      const live = liveEvents.map(([id]) => id);
      const addresses = liveEvents.flatMap(([id, event]) => [id, ...(event.formerIds ?? [])]);
      const expected = ["calendar/events.ics", ...addresses.map((id) => `calendar/events/${id}.ics`)];
      expect(calendars(tree)).toEqual(expected.sort());
      expect(
        new Set(vevents(tree, "calendar/events.ics").map((event) => eventIdOf(tree, event, "events.ics"))),
      ).toEqual(new Set(live));
      for (const id of live) {
        const events = vevents(tree, `calendar/events/${id}.ics`);
        expect(events.map((event) => eventIdOf(tree, event, id))).toEqual([id]);
      }
    },
  );

  it.each(cases)("%s: parse in ical.js", (_, spec) => {
    const tree = built.get(spec);
    for (const file of calendars(tree)) {
      const calendar = new ICAL.Component(ICAL.parse(readTreeFile(tree, file)));
      expect(calendar.name, file).toBe("vcalendar");
      expect(calendar.getAllSubcomponents("vevent").length, file).toBeGreaterThan(0);
    }
  });

  it.each(cases)("%s: end every line with CRLF, in lines of at most 75 octets folded between characters", (_, spec) => {
    const tree = built.get(spec);
    const decoder = new TextDecoder("utf-8", { fatal: true });
    for (const file of calendars(tree)) {
      const bytes = fs.readFileSync(path.join(tree.dir, file));
      const text = bytes.toString("utf8");
      expect(text.endsWith("\r\n"), `${file} ends with CRLF`).toBe(true);
      expect(/\r(?!\n)/.test(text), `${file} has a bare CR`).toBe(false);
      expect(/(?<!\r)\n/.test(text), `${file} has a bare LF`).toBe(false);
      let start = 0;
      let lineNumber = 0;
      while (start < bytes.length) {
        const end = bytes.indexOf("\r\n", start);
        const line = bytes.subarray(start, end);
        lineNumber++;
        const where = `${file}:${lineNumber}`;
        expect(line.length, `${where} is ${line.length} octets long`).toBeLessThanOrEqual(75);
        // A line that ends or starts inside a UTF-8 sequence does not decode on its own.
        expect(() => decoder.decode(line), `${where} splits a UTF-8 sequence`).not.toThrow();
        if (line[0] === 0x20 || line[0] === 0x09) {
          expect(line[0], `${where}: a continuation line starts with a space`).toBe(0x20);
          expect(lineNumber, `${where}: the first line cannot be a continuation`).toBeGreaterThan(1);
        }
        start = end + 2;
      }
    }
  });

  it.each(cases)("%s: VCALENDAR has VERSION:2.0 and a PRODID", (_, spec) => {
    const tree = built.get(spec);
    for (const file of calendars(tree)) {
      const calendar = readCalendar(readTreeFile(tree, file));
      expect(one(calendar, "VERSION", file).value).toBe("2.0");
      expect(one(calendar, "PRODID", file).value).not.toBe("");
    }
  });

  it.each(cases)(
    "%s: every VEVENT has one UID, a UTC DTSTAMP, DTSTART, SEQUENCE and the STATUS of the record",
    (_, spec) => {
      const tree = built.get(spec);
      const statuses = new Set<string>();
      for (const file of calendars(tree)) {
        for (const event of vevents(tree, file)) {
          const id = eventIdOf(tree, event, file);
          const where = `${file} (${id})`;
          expect(one(event, "UID", where).value).not.toBe("");
          expect(one(event, "DTSTAMP", where).value).toMatch(/^\d{8}T\d{6}Z$/);
          one(event, "DTSTART", where);
          expect(one(event, "SEQUENCE", where).value).toMatch(/^\d+$/);
          const status = one(event, "STATUS", where).value;
          expect(["TENTATIVE", "CONFIRMED", "CANCELLED"], where).toContain(status);
          const cancelled = tree.records.events.get(id)!.status === "cancelled";
          expect(
            status === "CANCELLED",
            `${where}: STATUS:${status} for a ${tree.records.events.get(id)!.status} event`,
          ).toBe(cancelled);
          statuses.add(status);
        }
      }
      if (spec === hostileAtPrefix) expect([...statuses]).toEqual(["CANCELLED"]);
    },
  );

  it.each(cases)("%s: every DATE and DATE-TIME value is a real calendar date and time", (_, spec) => {
    const tree = built.get(spec);
    const dated = new Set(["DTSTART", "DTEND", "DTSTAMP", "CREATED", "LAST-MODIFIED", "DUE", "RECURRENCE-ID"]);
    let values = 0;
    for (const file of calendars(tree)) {
      walk(readCalendar(readTreeFile(tree, file)), (component) => {
        for (const property of component.properties.filter((property) => dated.has(property.name))) {
          const where = `${file}: ${component.name} ${property.name}:${property.value}`;
          const isDate = property.params.VALUE === "DATE";
          const match = (isDate ? /^(\d{4})(\d{2})(\d{2})$/ : /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z?$/).exec(
            property.value,
          );
          expect(match, `${where} is not a ${isDate ? "DATE" : "DATE-TIME"}`).not.toBeNull();
          const [year, month, day, hour, minute, second] = match!.slice(1).map(Number) as number[];
          // Date.UTC rolls 2024-02-30 over to 1 March: a real date comes back unchanged.
          const rolled = new Date(Date.UTC(year!, month! - 1, day!));
          expect(
            [rolled.getUTCFullYear(), rolled.getUTCMonth() + 1, rolled.getUTCDate()],
            `${where} is no calendar date`,
          ).toEqual([year, month, day]);
          if (!isDate) {
            expect(hour! < 24 && minute! < 60 && second! < 60, `${where} is no time of day`).toBe(true);
          }
          values++;
        }
      });
    }
    expect(values).toBeGreaterThan(0);
  });

  it.each(cases)("%s: every TZID parameter has a matching VTIMEZONE", (_, spec) => {
    const tree = built.get(spec);
    for (const file of calendars(tree)) {
      const calendar = readCalendar(readTreeFile(tree, file));
      const zones = new Set(
        calendar.components
          .filter((component) => component.name === "VTIMEZONE")
          .map((zone) => one(zone, "TZID", `${file} VTIMEZONE`).value),
      );
      walk(calendar, (component) => {
        for (const property of component.properties) {
          if (property.params.TZID === undefined) continue;
          expect(zones.has(property.params.TZID), `${file}: ${property.name};TZID=${property.params.TZID}`).toBe(true);
        }
      });
    }
  });

  it.each(cases)(
    "%s: ical.js reads every local time as the record's instant, through the file's VTIMEZONE",
    (_, spec) => {
      const tree = built.get(spec);
      const misread: string[] = [];
      let timed = 0;
      for (const file of calendars(tree)) {
        const calendar = new ICAL.Component(ICAL.parse(readTreeFile(tree, file)));
        for (const event of calendar.getAllSubcomponents("vevent")) {
          const url = String(event.getFirstPropertyValue("url"));
          const id = url.slice(`${tree.baseUrl}events/`.length, -1);
          const record = tree.records.events.get(id)!;
          expect(url, `${file}: URL of a known event`).toBe(eventPageUrl(tree, id));
          if (!record.start.includes("T")) continue;
          const expected: [string, string][] = [["dtstart", record.start]];
          if (record.end?.includes("T")) expected.push(["dtend", record.end]);
          for (const [name, value] of expected) {
            const time = event.getFirstPropertyValue(name) as ICAL.Time;
            // A zone that ical.js does not find in the file leaves the time floating, read as UTC.
            const read = `${new Date(time.toUnixTime() * 1000).toISOString()} in ${time.zone?.tzid}`;
            const wanted = `${new Date(Date.parse(value)).toISOString()} in ${record.timeZone}`;
            if (read !== wanted) misread.push(`${file} ${id} ${name}: ${read}, not ${wanted}`);
          }
          timed++;
        }
      }
      expect(misread).toEqual([]);
      if (spec === feedsAtPrefix) expect(timed).toBeGreaterThanOrEqual(12);
    },
  );

  it.each(cases)("%s: give each TZID one VTIMEZONE", (_, spec) => {
    const tree = built.get(spec);
    for (const file of calendars(tree)) {
      const tzids = readCalendar(readTreeFile(tree, file))
        .components.filter((component) => component.name === "VTIMEZONE")
        .map((zone) => one(zone, "TZID", `${file} VTIMEZONE`).value);
      expect(tzids, file).toEqual([...new Set(tzids)]);
    }
  });

  it.each(cases)(
    "%s: DTSTART is the record's start, and a whole-day end is exclusive (the day after the last)",
    (_, spec) => {
      const tree = built.get(spec);
      let wholeDay = 0;
      for (const file of calendars(tree)) {
        for (const event of vevents(tree, file)) {
          const id = eventIdOf(tree, event, file);
          const record = tree.records.events.get(id)!;
          const where = `${file} (${id}, start ${record.start}, end ${record.end ?? "none"})`;
          const start = one(event, "DTSTART", where);
          const ends = all(event, "DTEND");
          expect(ends.length, `${where}: at most one DTEND`).toBeLessThanOrEqual(1);
          const end = ends[0];
          if (!record.start.includes("T")) {
            // A whole-day event: DATE values, the end being the day after the last day.
            expect(start, where).toMatchObject({ params: { VALUE: "DATE" }, value: compact(record.start) });
            const lastDay = !record.end
              ? record.start
              : record.end.includes("T")
                ? wallClock(Date.parse(record.end), record.timeZone)
                    .slice(0, 8)
                    .replace(/(\d{4})(\d{2})/, "$1-$2-")
                : record.end;
            expect(end, `${where}: DTEND`).toMatchObject({
              params: { VALUE: "DATE" },
              value: compact(nextDay(lastDay)),
            });
            wholeDay++;
          } else {
            expect(instantOf(start, record.timeZone), `${where}: DTSTART`).toBe(Date.parse(record.start));
            if (record.end) {
              // A date-only end finishes at the midnight after it, in the event's zone.
              const endAt = record.end.includes("T")
                ? Date.parse(record.end)
                : expectedStartInstant(nextDay(record.end), record.timeZone);
              expect(end, `${where}: DTEND`).toBeDefined();
              expect(instantOf(end!, record.timeZone), `${where}: DTEND`).toBe(endAt);
            }
          }
        }
      }
      if (spec === realAtPrefix || spec === generatedAtPrefix) expect(wholeDay).toBeGreaterThan(0);
    },
  );

  it.each(cases)("%s: UIDs are unique, one per event", (_, spec) => {
    const tree = built.get(spec);
    const eventOfUid = new Map<string, string>();
    for (const file of calendars(tree)) {
      const events = vevents(tree, file);
      const uids = events.map((event) => one(event, "UID", file).value);
      expect(new Set(uids).size, `${file}: duplicate UIDs`).toBe(uids.length);
      for (const [index, event] of events.entries()) {
        const id = eventIdOf(tree, event, file);
        const uid = uids[index]!;
        expect(eventOfUid.get(uid) ?? id, `${file}: UID ${uid} is used by two events`).toBe(id);
        eventOfUid.set(uid, id);
      }
    }
    expect(new Set(eventOfUid.values()).size, "each event keeps one UID in every file").toBe(eventOfUid.size);
  });

  it.each(cases)(
    "%s: keep an event's UID and calendar through renames: the UID names its first id, the old address answers",
    (_, spec) => {
      const tree = built.get(spec);
      let renamed = 0;
      for (const [id, event] of tree.records.events) {
        // A withdrawn event has no calendar, at any of its addresses.
        if (event.status === "withdrawn") continue;
        const uid = `${event.formerIds?.[0] ?? id}@lingang-sci-tech-cluster-registry`;
        const own = readTreeFile(tree, `calendar/events/${id}.ics`);
        expect(
          vevents(tree, `calendar/events/${id}.ics`).map((vevent) => one(vevent, "UID", id).value),
          id,
        ).toEqual([uid]);
        for (const formerId of event.formerIds ?? []) {
          expect(readTreeFile(tree, `calendar/events/${formerId}.ics`), `${formerId} → ${id}`).toBe(own);
          renamed++;
        }
      }
      const uids = vevents(tree, "calendar/events.ics").map((vevent) => {
        const id = eventIdOf(tree, vevent, "events.ics");
        return [one(vevent, "UID", id).value, tree.records.events.get(id)!.formerIds?.[0] ?? id];
      });
      expect(uids.map(([uid]) => uid)).toEqual(uids.map(([, first]) => `${first}@lingang-sci-tech-cluster-registry`));
      if (spec === feedsAtPrefix) expect(renamed).toBeGreaterThan(0);
    },
  );

  it("keep the same UIDs wherever the site is hosted", () => {
    const uids = (tree: BuiltTree) =>
      Object.fromEntries(
        calendars(tree).flatMap((file) =>
          vevents(tree, file).map((event) => [
            `${file} ${eventIdOf(tree, event, file)}`,
            one(event, "UID", file).value,
          ]),
        ),
      );
    const atPrefix = uids(built.get(realAtPrefix));
    expect(Object.keys(atPrefix).length).toBeGreaterThan(0);
    expect(uids(built.get(realAtRoot))).toEqual(atPrefix);
  });
});
