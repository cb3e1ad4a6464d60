/**
 * Text full of markup, CDATA ends, quotes, ampersands, bidi controls and emoji comes back
 * unchanged, as text and never as markup, from every published format.
 */
import { parse as parseCsv } from "csv-parse/sync";
import { parseRssFeed } from "feedsmith";
import ICAL from "ical.js";
import * as parse5 from "parse5";
import { describe, expect, it } from "vitest";
import { messages } from "../../scripts/i18n/messages.ts";
import { hostileAtPrefix, listFiles, paragraphs, readTreeFile, useBuiltTrees, type BuiltTree } from "./built-site.ts";

const built = useBuiltTrees([hostileAtPrefix]);
const hostile = () => built.get(hostileAtPrefix);

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  /** `<template>` content. */
  content?: Node;
  value?: string;
  data?: string;
}

function nodes(root: Node): Node[] {
  const found: Node[] = [];
  const walk = (node: Node) => {
    found.push(node);
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(root);
  return found;
}

function elements(root: Node, tagName?: string): Node[] {
  return nodes(root).filter((node) => node.tagName !== undefined && (!tagName || node.tagName === tagName));
}

function textOf(node: Node): string {
  return nodes(node)
    .filter((child) => child.nodeName === "#text")
    .map((child) => child.value ?? "")
    .join("");
}

function attribute(node: Node, name: string): string | undefined {
  return node.attrs?.find((attr) => attr.name === name)?.value;
}

function page(tree: BuiltTree, sitePath: string): Node {
  return parse5.parse(readTreeFile(tree, sitePath)) as unknown as Node;
}

/** Each record page, its heading text (the name or title) and the texts it must show. */
function recordPages(tree: BuiltTree) {
  const { organizations, events, sources } = tree.records;
  return [
    ...[...organizations].map(([id, record]) => ({
      file: `organizations/${id}/index.html`,
      heading: record.names.display.en,
      jsonLd: true,
      zh: record.names.display["zh-Hans"],
      paragraphs: paragraphs(record.description?.en ?? ""),
      texts: [
        ...(record.names.acronyms?.en ?? []),
        ...(record.names.aliases?.en ?? []),
        ...(record.location?.place?.en ? [record.location.place.en] : []),
        ...(record.links?.other ?? []).map((link) => link.label.en!),
      ],
      hrefs: [
        ...(record.links?.website ? [record.links.website] : []),
        ...(record.links?.other ?? []).map((l) => l.url),
      ],
    })),
    ...[...events].map(([id, record]) => ({
      file: `events/${id}/index.html`,
      heading: record.title.en!,
      jsonLd: true,
      zh: record.title["zh-Hans"],
      paragraphs: paragraphs(record.description?.en ?? ""),
      texts: [
        ...(record.location?.place?.en ? [record.location.place.en] : []),
        ...(record.speakers ?? []).flatMap((speaker) => [
          speaker.name.en!,
          ...(speaker.title?.en ? [speaker.title.en] : []),
        ]),
        ...(record.attendance?.description?.en ? [record.attendance.description.en] : []),
      ],
      hrefs: [],
    })),
    ...[...sources].map(([id, record]) => ({
      file: `sources/${id}/index.html`,
      heading: record.title.en!,
      jsonLd: false,
      zh: record.title["zh-Hans"],
      paragraphs: [],
      texts: record.publisher?.name ? [record.publisher.name] : [],
      hrefs: [record.url],
    })),
  ];
}

/** Spreadsheet formula guard, as the Data Package documents it. */
const guarded = (text: string) => (/^[=+\-@]/.test(text) ? `'${text}` : text);

/** The home page of each language, with the site's name in that language. */
const homePages = new Map([
  ["index.html", messages.en.siteName],
  ["zh/index.html", messages["zh-Hans"].siteName],
]);

describe("hostile text", () => {
  it("is the text of each record page's <h1>, of its zh-Hans name, paragraphs and facts", () => {
    const tree = hostile();
    for (const expected of recordPages(tree)) {
      const document = page(tree, expected.file);
      const where = expected.file;
      const headings = elements(document, "h1");
      expect(headings.map(textOf), `${where}: <h1>`).toEqual([expected.heading]);
      const titles = elements(document, "title");
      expect(titles.length, `${where}: one <title>`).toBe(1);
      expect(textOf(titles[0]!).startsWith(`${expected.heading} · `), `${where}: <title>`).toBe(true);
      if (expected.zh) {
        const zh = elements(document).filter((node) => attribute(node, "lang") === "zh-Hans");
        expect(zh.map(textOf), `${where}: zh-Hans text`).toContain(expected.zh);
      }
      const paragraphTexts = elements(document, "p").map(textOf);
      for (const paragraph of expected.paragraphs) expect(paragraphTexts, `${where}: <p>`).toContain(paragraph);
      const body = textOf(elements(document, "body")[0]!);
      for (const text of expected.texts) expect(body, `${where}: text`).toContain(text);
      const hrefs = elements(document, "a").map((link) => attribute(link, "href"));
      for (const href of expected.hrefs) expect(hrefs, `${where}: link`).toContain(href);
    }
  });

  it("opens no element, comment or script in any page: the only <script> is the JSON-LD, holding the exact name", () => {
    const tree = hostile();
    // The Chinese pages carry the same schema.org data, which is written in English.
    const expectations = new Map(
      recordPages(tree).flatMap((expected) => [
        [expected.file, expected],
        [`zh/${expected.file}`, expected],
      ]),
    );
    const pages = listFiles(tree.dir).filter((file) => file.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(5);
    for (const file of pages) {
      const document = page(tree, file);
      // Tags spelled in the data (<b>, <i>, <A>, <Mallory>, <Org>, <tags>, …) must not become elements.
      const stray = elements(document).filter((node) =>
        ["b", "i", "mallory", "org", "tags", "c"].includes(node.tagName!),
      );
      expect(
        stray.map((node) => node.tagName),
        `${file}: elements made from data`,
      ).toEqual([]);
      expect(elements(document, "title").length, `${file}: one <title>`).toBe(1);
      expect(elements(document, "head").length, `${file}: one <head>`).toBe(1);
      expect(
        elements(document, "a").filter((link) => attribute(link, "href") === undefined).length,
        `${file}: <a>`,
      ).toBe(0);
      expect(
        nodes(document)
          .filter((node) => node.nodeName === "#comment")
          .map((node) => node.data),
        `${file}: comments`,
      ).toEqual([]);
      // Scripts loaded from the site's own files (the search page's) hold no data.
      const external = elements(document, "script").filter((script) => attribute(script, "src") !== undefined);
      for (const script of external) expect(attribute(script, "src"), file).toMatch(/^\/registry\/(pagefind|assets)\//);
      const scripts = elements(document, "script").filter((script) => attribute(script, "src") === undefined);
      const expected = expectations.get(file);
      // A home page describes the site (schema.org's WebSite, with its search) by the site's name.
      const home = homePages.get(file);
      expect(scripts.length, `${file}: <script> elements`).toBe(expected?.jsonLd || home ? 1 : 0);
      for (const script of scripts) {
        expect(attribute(script, "type"), file).toBe("application/ld+json");
        const data = JSON.parse(textOf(script)) as { name?: string };
        expect(data.name, `${file}: JSON-LD name`).toBe(home ?? expected!.heading);
      }
    }
  });

  it("is each feed item's title, exactly, in feedsmith", () => {
    const tree = hostile();
    // Event feeds in RSS; the changes feed's items are sentences about changes (tests/history),
    // and the JSON Feeds hold the RSS feeds' items (tests/publish/json-feeds).
    const feeds = listFiles(tree.dir).filter(
      (file) => file.startsWith("feeds/") && file.endsWith(".xml") && file !== "feeds/changes.xml",
    );
    let items = 0;
    for (const file of feeds) {
      const feed = parseRssFeed(readTreeFile(tree, file));
      for (const item of feed.items ?? []) {
        const id = item.link?.slice(`${tree.baseUrl}events/`.length, -1) ?? "";
        expect(item.title, `${file}: ${id}`).toBe(tree.records.events.get(id)?.title.en);
        items++;
      }
      const organization = /^feeds\/organizations\/(.+)\.xml$/.exec(file)?.[1];
      if (organization) {
        expect(feed.title, file).toContain(tree.records.organizations.get(organization)!.names.display.en);
      }
    }
    expect(items).toBeGreaterThanOrEqual(3);
  });

  it("is plain text, not CDATA, in every feed element but an item's description, and reads back exactly", () => {
    const tree = hostile();
    const feeds = listFiles(tree.dir).filter((file) => file.startsWith("feeds/") && file.endsWith(".xml"));
    for (const file of feeds) {
      const xml = readTreeFile(tree, file);
      // The RSS Best Practices Profile: titles and the channel's description are plain text,
      // with & < > as hexadecimal references, so that a reader rendering them as HTML shows text.
      const channel = xml.slice(0, xml.indexOf("<item>") < 0 ? undefined : xml.indexOf("<item>"));
      expect(channel, `${file}: channel`).not.toContain("<![CDATA[");
      expect(xml, `${file}: titles`).not.toMatch(/<title><!\[CDATA\[/);
      const organization = /^feeds\/organizations\/(.+)\.xml$/.exec(file)?.[1];
      if (organization) {
        const name = tree.records.organizations.get(organization)!.names.display.en;
        const feed = parseRssFeed(xml);
        expect(feed.title, file).toContain(name);
        expect(feed.description, file).toContain(name);
      }
    }
  });

  it("is the record in every JSON document, NDJSON line and all.json, deep-equal to the source file", () => {
    const tree = hostile();
    const all = JSON.parse(readTreeFile(tree, "api/v1/all.json")) as Record<string, { id: string; record: unknown }[]>;
    for (const collection of ["organizations", "events", "sources"] as const) {
      const lines = readTreeFile(tree, `api/v1/${collection}.ndjson`)
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { id: string; record: unknown });
      expect(lines.map((line) => line.id).sort(), collection).toEqual([...tree.records[collection].keys()].sort());
      expect(all[collection]!.map((item) => item.id).sort(), collection).toEqual(
        [...tree.records[collection].keys()].sort(),
      );
      for (const [id, source] of tree.records[collection]) {
        const expected: Record<string, unknown> = { ...source };
        delete expected.$schema;
        const document = JSON.parse(readTreeFile(tree, `api/v1/${collection}/${id}.json`)) as { record: unknown };
        expect(document.record, `api/v1/${collection}/${id}.json`).toStrictEqual(expected);
        expect(lines.find((line) => line.id === id)!.record, `${collection}.ndjson ${id}`).toStrictEqual(expected);
        expect(all[collection]!.find((item) => item.id === id)!.record, `all.json ${id}`).toStrictEqual(expected);
      }
    }
  });

  it("is each CSV cell's text, with one apostrophe before a leading = + - or @", () => {
    const tree = hostile();
    const { organizations, events, sources } = tree.records;
    const json = (items: string[] | undefined) => (items?.length ? JSON.stringify(items) : undefined);
    const expectedCells: Record<string, Map<string, Record<string, string | undefined>>> = {
      organizations: new Map(
        [...organizations].map(([id, r]) => [
          id,
          {
            id,
            name_en: r.names.display.en,
            name_zh_hans: r.names.display["zh-Hans"],
            acronyms_en: json(r.names.acronyms?.en),
            city_en: r.location?.city?.en,
            website: r.links?.website,
            description_en: r.description?.en,
          },
        ]),
      ),
      events: new Map(
        [...events].map(([id, r]) => [
          id,
          {
            id,
            title_en: r.title.en,
            title_zh_hans: r.title["zh-Hans"],
            start: r.start,
            end: r.end,
            city_en: r.location?.city?.en,
            speakers_en: json(r.speakers?.map((speaker) => speaker.name.en!)),
            attendance_count: r.attendance?.count === undefined ? undefined : String(r.attendance.count),
            description_en: r.description?.en,
          },
        ]),
      ),
      sources: new Map(
        [...sources].map(([id, r]) => [
          id,
          { id, title_en: r.title.en, publisher_name: r.publisher?.name, url: r.url, published: r.published },
        ]),
      ),
    };
    let apostrophes = 0;
    for (const [collection, expectedRows] of Object.entries(expectedCells)) {
      const rows = parseCsv(readTreeFile(tree, `api/v1/${collection}.csv`), { columns: true }) as Record<
        string,
        string
      >[];
      expect(rows.map((row) => row.id).sort(), collection).toEqual([...expectedRows.keys()].sort());
      for (const row of rows) {
        for (const [column, text] of Object.entries(expectedRows.get(row.id!)!)) {
          const expected = text === undefined ? "" : column === "attendance_count" ? text : guarded(text);
          expect(row[column], `${collection}.csv ${row.id} ${column}`).toBe(expected);
          if (expected !== text && text !== undefined) apostrophes++;
        }
      }
    }
    // The fixture's event description starts with "=": the guard is exercised, not only the plain case.
    expect(apostrophes).toBeGreaterThan(0);
  });

  it("is the reason of an inference: the title of its mark, its hidden text, and its statements", () => {
    const tree = hostile();
    const reason = tree.records.organizations.get("hostile-org")!.sources.find((citation) => citation.reason)!.reason!;
    for (const [folder, locale] of [
      ["", "en"],
      ["zh/", "zh-Hans"],
    ] as const) {
      const marks = elements(page(tree, `${folder}organizations/hostile-org/index.html`), "span").filter(
        (span) => attribute(span, "class") === "inferred",
      );
      expect(marks.length, `${folder}: the kind and the status are marked`).toBe(2);
      for (const mark of marks) {
        expect(attribute(mark, "title")).toBe(reason[locale]);
        expect(textOf(mark)).toContain(reason[locale]);
      }
    }
    const rows = parseCsv(readTreeFile(tree, "api/v1/statements.csv"), { columns: true }) as Record<string, string>[];
    const kind = rows.find((row) => row.id === "hostile-org" && row.pointer === "/kind")!;
    expect(JSON.parse(kind.reason_en!)).toEqual([reason.en]);
    expect(JSON.parse(kind.reason_zh_hans!)).toEqual([reason["zh-Hans"]]);
  });

  it("is SUMMARY, DESCRIPTION and LOCATION of each VEVENT in ical.js", () => {
    const tree = hostile();
    const { organizations, events } = tree.records;
    const roles: Record<string, string> = { host: "Host", "co-host": "Co-host" };
    for (const file of listFiles(tree.dir).filter((name) => name.endsWith(".ics"))) {
      const calendar = new ICAL.Component(ICAL.parse(readTreeFile(tree, file)));
      const vevents = calendar.getAllSubcomponents("vevent");
      expect(vevents.length, file).toBeGreaterThan(0);
      for (const vevent of vevents) {
        const url = String(vevent.getFirstPropertyValue("url"));
        const id = url.slice(`${tree.baseUrl}events/`.length, -1);
        const record = events.get(id)!;
        expect(record, `${file}: ${url}`).toBeDefined();
        const participants = (record.participants ?? [])
          .map((p) => `${roles[p.role]}: ${organizations.get(p.organization)!.names.display.en}`)
          .join("; ");
        const place = record.location!;
        expect(vevent.getFirstPropertyValue("summary"), `${file}: SUMMARY`).toBe(record.title.en);
        expect(vevent.getFirstPropertyValue("description"), `${file}: DESCRIPTION`).toBe(
          `${participants}\n\n${record.description!.en}`,
        );
        expect(vevent.getFirstPropertyValue("location"), `${file}: LOCATION`).toBe(
          `${place.place!.en}, ${place.city!.en}, China`,
        );
      }
      if (file.startsWith("calendar/events/")) {
        expect(calendar.getFirstPropertyValue("x-wr-calname"), `${file}: X-WR-CALNAME`).toBe(
          events.get(file.slice("calendar/events/".length, -4))!.title.en,
        );
      }
    }
  });
});
