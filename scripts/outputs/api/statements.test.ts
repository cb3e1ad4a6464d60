import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import {
  catalogOf,
  historyOf,
  sampleEvent,
  sampleOrganization,
  sampleSource,
} from "../../catalog/catalog.test-support.ts";
import type { ChangeEntry } from "../../history/registry-history.ts";
import { contentPieces } from "../output.ts";
import { readSiteConfig } from "../../paths/site-config.ts";
import { ResponseChecker } from "../../writer/checks/output-checks.ts";
import { outputContext } from "../output-context.ts";
import { statementsCsv, statementsNdjson } from "./statements.ts";

const lab = sampleOrganization("lab", {
  names: { display: { en: "=Lab", "zh-Hans": "实验室" } },
  sources: [
    { source: "article", fields: ["/names"] },
    { source: "article", fields: ["/kind", "/status"], how: "inferred", reason: { en: "from the name" } },
  ],
});
const added: ChangeEntry = {
  commit: "a".repeat(40),
  date: "2024-01-01T00:00:00Z",
  collection: "organizations",
  id: "lab",
  change: "added",
  fields: [],
  record: { ...lab, names: { display: { en: "=Lab" } } },
};
const named: ChangeEntry = {
  ...added,
  commit: "b".repeat(40),
  date: "2024-02-01T00:00:00Z",
  change: "changed",
  record: lab,
};
const history = { ...historyOf(), changesOf: (_: string, id: string) => (id === "lab" ? [added, named] : []) };
const catalog = catalogOf(
  {
    organizations: [lab],
    events: [sampleEvent("forum", { sources: [{ source: "article" }] })],
    sources: [sampleSource("article", { published: "2023-11-17" })],
  },
  history,
);
const context = outputContext(readSiteConfig("https://example.org/"), catalog);
const text = (pieces: Iterable<string | Uint8Array>) => [...pieces].map((piece) => piece.toString()).join("");

describe("statements.csv", () => {
  const rows = parseCsv(text(contentPieces(statementsCsv(context))), { columns: true }) as Record<string, string>[];

  it("has a row per published value, organizations first, with how each is known and its sources", () => {
    expect(rows.map((row) => [row.collection, row.id, row.pointer, row.value, row.language, row.how])).toEqual([
      ["organizations", "lab", "/names/display/en", "'=Lab", "en", "stated"],
      ["organizations", "lab", "/names/display/zh-Hans", "实验室", "zh-Hans", "stated"],
      ["organizations", "lab", "/kind", "association", "", "inferred"],
      ["organizations", "lab", "/status", "active", "", "inferred"],
      ["events", "forum", "/title/en", "Event forum", "en", "stated"],
      ["events", "forum", "/kind", "forum", "", "stated"],
      ["events", "forum", "/status", "completed", "", "stated"],
      ["events", "forum", "/start", "2023-11-06", "", "stated"],
      ["events", "forum", "/timeZone", "Asia/Shanghai", "", "stated"],
    ]);
    expect(rows[3]).toMatchObject({
      reason_en: '["from the name"]',
      reason_zh_hans: "",
      sources: '["article"]',
      as_of: "2023-11-17",
    });
  });

  it("gives each value the first and last change of the record that held it, and none without history", () => {
    expect(rows.slice(0, 2).map((row) => [row.first_seen_commit, row.last_seen_commit])).toEqual([
      ["a".repeat(40), "b".repeat(40)],
      ["b".repeat(40), "b".repeat(40)],
    ]);
    expect(rows[1]).toMatchObject({ first_seen: "2024-02-01T00:00:00Z", last_seen: "2024-02-01T00:00:00Z" });
    expect(rows[4]).toMatchObject({ first_seen: "", last_seen_commit: "" });
  });
});

describe("statements.ndjson", () => {
  it("holds the same statements as lines that pass statement.schema.json, with values of their own types", () => {
    const made = statementsNdjson(context);
    const lines = text(contentPieces(made.content))
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(9);
    expect(lines[3]).toEqual({
      type: "organization",
      id: "lab",
      pointer: "/status",
      value: "active",
      how: "inferred",
      reasons: [{ en: "from the name" }],
      sources: ["article"],
      asOf: "2023-11-17",
      firstSeen: { commit: "a".repeat(40), date: "2024-01-01T00:00:00Z" },
      lastSeen: { commit: "b".repeat(40), date: "2024-02-01T00:00:00Z" },
    });
    expect(new ResponseChecker().checkFile({ path: "api/v1/statements.ndjson" }, made)).toEqual([]);
  });

  it("fails the build's check with a line its schema refuses", () => {
    const bad = { pointer: "/0", schema: "statement", document: { type: "source", id: "x", pointer: "/kind" } };
    expect(
      new ResponseChecker().checkFile({ path: "api/v1/statements.ndjson" }, { content: "", parts: [bad] }),
    ).not.toEqual([]);
  });
});
