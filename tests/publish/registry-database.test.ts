/**
 * `api/v1/registry.sqlite`, read back with SQLite's own shell (Debian's sqlite3, not the sql.js
 * that wrote it): a sound file whose foreign keys hold, with the tables the API page describes,
 * one row per record, list item and change, and values that are the records' own; and the same
 * bytes from the same data.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { collectionNames, type CollectionName } from "../../scripts/records/collections.ts";
import type { Event, Organization, Source } from "../../scripts/records/types.generated.ts";
import {
  buildTree,
  feedsAtPrefix,
  readTreeFile,
  realAtPrefix,
  standardTrees,
  useBuiltTrees,
  type BuiltTree,
} from "./built-site.ts";
import { tableRows } from "./html-tables.ts";
import { expectedRows, listColumns } from "./record-columns.ts";

const trees = [...standardTrees, feedsAtPrefix];
const built = useBuiltTrees(trees);
const cases = trees.map((spec) => [spec.name, spec] as const);

type Row = Record<string, string | number | null>;

function sqlite(file: string, sql: string, mode: string[] = ["-json"]): string {
  const result = spawnSync("sqlite3", ["-readonly", ...mode, file, sql], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`sqlite3 failed on ${file}: ${result.stderr || result.error}`);
  return result.stdout;
}

/** The rows a query returns, as the shell's JSON mode gives them (which prints nothing for none). */
function query(tree: BuiltTree, sql: string): Row[] {
  const output = sqlite(path.join(tree.dir, "api/v1/registry.sqlite"), sql);
  return output.trim() ? (JSON.parse(output) as Row[]) : [];
}

interface Published {
  organizations: Organization[];
  events: Event[];
  sources: Source[];
  schemaVersion: string;
  updated: string;
}

/** The records as `all.json` publishes them. */
function published(tree: BuiltTree): Published {
  const all = JSON.parse(readTreeFile(tree, "api/v1/all.json")) as Record<string, unknown>;
  const records = (collection: CollectionName) => (all[collection] as { record: never }[]).map((item) => item.record);
  return {
    organizations: records("organizations"),
    events: records("events"),
    sources: records("sources"),
    schemaVersion: all.schemaVersion as string,
    updated: all.updated as string,
  };
}

interface ChangeItem {
  commit: string;
  date: string;
  type: string;
  id: string;
  change: string;
  formerId?: string;
  fields: { pointer: string; change: string; listItem?: true; before?: unknown; after?: unknown }[];
}

/** Every change of `api/v1/changes/`, oldest first: page 1 holds the oldest, each page newest first. */
function changeItems(tree: BuiltTree): ChangeItem[] {
  const { pages } = JSON.parse(readTreeFile(tree, "api/v1/changes/index.json")) as { pages: string[] };
  return pages
    .map((url) => url.slice(tree.baseUrl.length))
    .reverse()
    .flatMap((page) => (JSON.parse(readTreeFile(tree, page)) as { items: ChangeItem[] }).items.reverse());
}

const byKeys = (...keys: string[]) => `ORDER BY ${keys.join(", ")}`;

describe("the SQLite database", () => {
  it.each(cases)("%s: passes SQLite's integrity check, and every foreign key holds", (_, spec) => {
    const file = path.join(built.get(spec).dir, "api/v1/registry.sqlite");
    expect(sqlite(file, "PRAGMA integrity_check; PRAGMA foreign_key_check;", [])).toBe("ok\n");
  });

  it.each(cases)("%s: has the tables, columns and keys that the /api/ page describes", (_, spec) => {
    const tree = built.get(spec);
    const columns = query(
      tree,
      `SELECT t.name AS tbl, c.name, c.type, c.pk, f."table" AS target
       FROM sqlite_schema t JOIN pragma_table_info(t.name) c LEFT JOIN pragma_foreign_key_list(t.name) f ON f."from" = c.name
       WHERE t.type = 'table' ORDER BY t.rowid, c.cid`,
    );
    const inFile = columns.map((column) => [
      column.tbl,
      column.name,
      column.type,
      [column.pk ? "primary key" : "", column.target ? `references ${column.target}` : ""].filter(Boolean).join(", "),
    ]);
    const onPage = tableRows(readTreeFile(tree, "api/index.html"), "SQLite tables: ");
    expect(onPage.map(([name, type, key]) => [name, type, key])).toEqual(inFile.map((row) => row.slice(1)));
    const tables = new Set(inFile.map(([table]) => table));
    expect([...tables]).toEqual(expect.arrayContaining([...collectionNames, "event_participants", "changes"]));
    expect(inFile.filter((row) => String(row[3]).includes("references")).length).toBeGreaterThan(10);
  });

  it.each(cases)(
    "%s: holds one row per record, list item and change, as all.json and the change log give them",
    (_, spec) => {
      const tree = built.get(spec);
      const json = published(tree);
      const count = (table: string) => query(tree, `SELECT count(*) AS n FROM ${table}`)[0]!.n;
      const sum = <T>(items: T[], size: (item: T) => number) => items.reduce((total, item) => total + size(item), 0);
      const changes = changeItems(tree);
      const counts = {
        organizations: json.organizations.length,
        events: json.events.length,
        sources: json.sources.length,
        organization_names: sum(json.organizations, (r) =>
          [r.names.display, r.names.acronyms ?? {}, r.names.aliases ?? {}]
            .flatMap((names) => Object.values(names))
            .reduce((total: number, names) => total + (Array.isArray(names) ? names.length : 1), 0),
        ),
        organization_links: sum(json.organizations, (r) => r.links?.other?.length ?? 0),
        event_participants: sum(json.events, (r) => r.participants?.length ?? 0),
        event_speakers: sum(json.events, (r) => r.speakers?.length ?? 0),
        citations: sum([...json.organizations, ...json.events], (r) => r.sources.length),
        citation_fields: sum([...json.organizations, ...json.events], (r) =>
          sum(r.sources, (citation) => citation.fields?.length ?? 0),
        ),
        organization_former_ids: sum(json.organizations, (r) => r.formerIds?.length ?? 0),
        event_former_ids: sum(json.events, (r) => r.formerIds?.length ?? 0),
        source_former_ids: sum(json.sources, (r) => r.formerIds?.length ?? 0),
        changes: changes.length,
        change_fields: sum(changes, (change) => change.fields.length),
      };
      expect(Object.fromEntries(Object.keys(counts).map((table) => [table, count(table)]))).toEqual(counts);
      if (spec === realAtPrefix) expect(counts.changes).toBeGreaterThan(0);
      if (spec === feedsAtPrefix) expect(counts.organization_former_ids + counts.event_former_ids).toBeGreaterThan(0);
    },
  );

  it.each(cases)("%s: joins each event's participants to the organizations' names as the records say", (_, spec) => {
    const tree = built.get(spec);
    const rows = query(
      tree,
      `SELECT e.id AS event, e.title_en, o.id AS organization, o.name_en, p.role
       FROM events e JOIN event_participants p ON p.event = e.id JOIN organizations o ON o.id = p.organization
       ${byKeys("e.id", "p.position")}`,
    );
    const { organizations, events } = tree.records;
    const expected = [...events.values()]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .flatMap((event) =>
        (event.participants ?? []).map((participant) => ({
          event: event.id,
          title_en: event.title.en,
          organization: participant.organization,
          name_en: organizations.get(participant.organization)!.names.display.en,
          role: participant.role,
        })),
      );
    expect(rows).toEqual(expected);
    expect(rows.length).toBeGreaterThan(0);
  });

  it.each(cases)("%s: gives each record's values in its collection's table, as in its CSV file", (_, spec) => {
    const tree = built.get(spec);
    for (const collection of collectionNames) {
      const expected = [...expectedRows(tree, collection)].map(([, values]) =>
        Object.fromEntries(
          [...values].filter(([name]) => !listColumns.has(name)).map(([name, value]) => [name, value ?? null]),
        ),
      );
      expect(query(tree, `SELECT * FROM ${collection} ${byKeys("id")}`), collection).toEqual(
        expected.sort((a, b) => (a.id! < b.id! ? -1 : 1)),
      );
    }
  });

  it.each(cases)("%s: gives the records' lists and relations, each item a row", (_, spec) => {
    const tree = built.get(spec);
    const json = published(tree);
    const byId = <T extends { id: string }>(records: T[]) => [...records].sort((a, b) => (a.id < b.id ? -1 : 1));
    const organizations = byId(json.organizations);
    const events = byId(json.events);
    expect(
      query(tree, `SELECT * FROM organization_names ${byKeys("organization", "kind", "language", "position")}`),
    ).toEqual(
      organizations.flatMap((r) =>
        [
          ...Object.entries(r.names.display).map(([language, name]) => ["display", language, [name]] as const),
          ...Object.entries(r.names.acronyms ?? {}).map(([language, names]) => ["acronym", language, names] as const),
          ...Object.entries(r.names.aliases ?? {}).map(([language, names]) => ["alias", language, names] as const),
        ]
          .sort(([kindA, languageA], [kindB, languageB]) => (kindA + languageA < kindB + languageB ? -1 : 1))
          .flatMap(([kind, language, names]) =>
            names.map((name, position) => ({ organization: r.id, kind, language, position, name })),
          ),
      ),
    );
    expect(query(tree, `SELECT * FROM event_speakers ${byKeys("event", "position")}`)).toEqual(
      events.flatMap((r) =>
        (r.speakers ?? []).map((speaker, position) => ({
          event: r.id,
          position,
          name_en: speaker.name.en,
          name_zh_hans: speaker.name["zh-Hans"] ?? null,
          title_en: speaker.title?.en ?? null,
          title_zh_hans: speaker.title?.["zh-Hans"] ?? null,
          organization: speaker.organization ?? null,
        })),
      ),
    );
    const citing = [...organizations, ...events];
    // Organizations' citations first (the key `organization IS NULL` is 0 for them), then events'.
    const citationOrder = byKeys("c.organization IS NULL", "coalesce(c.organization, c.event)", "c.position");
    expect(
      query(tree, `SELECT coalesce(organization, event) AS record, position, source FROM citations c ${citationOrder}`),
    ).toEqual(
      citing.flatMap((r) =>
        r.sources.map((citation, position) => ({ record: r.id, position, source: citation.source })),
      ),
    );
    expect(
      query(
        tree,
        `SELECT coalesce(c.organization, c.event) AS record, c.position AS citation, f.position, f.pointer
         FROM citation_fields f JOIN citations c ON c.citation = f.citation ${citationOrder}, f.position`,
      ),
    ).toEqual(
      citing.flatMap((r) =>
        r.sources.flatMap((citation, index) =>
          (citation.fields ?? []).map((pointer, position) => ({ record: r.id, citation: index, position, pointer })),
        ),
      ),
    );
    for (const [collection, singular] of [
      ["organizations", "organization"],
      ["events", "event"],
      ["sources", "source"],
    ] as const) {
      expect(query(tree, `SELECT * FROM ${singular}_former_ids ${byKeys(singular, "position")}`)).toEqual(
        byId(json[collection] as { id: string; formerIds?: string[] }[]).flatMap((r) =>
          (r.formerIds ?? []).map((formerId, position) => ({ former_id: formerId, [singular]: r.id, position })),
        ),
      );
    }
  });

  it.each(cases)("%s: gives the change log as api/v1/changes/ does, and what the file holds", (_, spec) => {
    const tree = built.get(spec);
    const changes = changeItems(tree);
    expect(query(tree, `SELECT * FROM changes ${byKeys("change")}`)).toEqual(
      changes.map((item, index) => ({
        change: index + 1,
        commit_sha: item.commit,
        date: item.date,
        type: item.type,
        id: item.id,
        kind: item.change,
        former_id: item.formerId ?? null,
      })),
    );
    const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
    expect(query(tree, `SELECT * FROM change_fields ${byKeys("change", "position")}`)).toEqual(
      changes.flatMap((item, index) =>
        item.fields.map((field, position) => ({
          change: index + 1,
          position,
          pointer: field.pointer,
          kind: field.change,
          list_item: field.listItem ? 1 : 0,
          value_before: json(field.before),
          value_after: json(field.after),
        })),
      ),
    );
    const { schemaVersion, updated } = published(tree);
    const metadata = Object.fromEntries(
      query(tree, "SELECT key, value FROM metadata").map((row) => [row.key, row.value]),
    );
    expect(metadata).toMatchObject({
      base_url: tree.baseUrl,
      schema_version: schemaVersion,
      updated,
      licence: "CC0-1.0",
    });
  });

  it("is the same file, byte for byte, when the same data is built again, with pages of a size set", async () => {
    const again = await buildTree(built.scratch, realAtPrefix);
    const file = (tree: BuiltTree) => fs.readFileSync(path.join(tree.dir, "api/v1/registry.sqlite"));
    expect(file(again).equals(file(built.get(realAtPrefix)))).toBe(true);
    expect(query(again, "PRAGMA page_size")).toEqual([{ page_size: 4096 }]);
    // Nothing to vacuum: rows are only ever added, so no page is left free.
    expect(query(again, "PRAGMA freelist_count")).toEqual([{ freelist_count: 0 }]);
  });
});
