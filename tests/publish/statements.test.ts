/**
 * `api/v1/statements.csv` and `.ndjson` hold one statement per value the real records publish,
 * worked out again here from the record files; the inferred ones are those the data marks so;
 * and the first and last commits that held a value are those `git log` finds for it.
 */
import { execFileSync } from "node:child_process";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project-paths.ts";
import { readTreeFile, realAtPrefix, useBuiltTrees } from "./built-site.ts";

const built = useBuiltTrees([realAtPrefix]);
const tree = () => built.get(realAtPrefix);

type Row = Record<string, string>;
const csvRows = () => parseCsv(readTreeFile(tree(), "api/v1/statements.csv"), { columns: true }) as Row[];

/** The registry's own fields, which state no fact: no statement is made of them. */
const bookkeeping = new Set(["$schema", "id", "formerIds", "successor", "sources"]);

/** Every leaf value of a record file but its bookkeeping, as pointer and value. */
function leaves(record: Record<string, unknown>): [string, unknown][] {
  const found: [string, unknown][] = [];
  const walk = (value: unknown, pointer: string) => {
    if (value !== null && typeof value === "object")
      for (const [key, child] of Object.entries(value)) walk(child, `${pointer}/${key}`);
    else found.push([pointer, value]);
  };
  for (const [key, value] of Object.entries(record)) {
    if (bookkeeping.has(key) || (key === "status" && value === "withdrawn")) continue;
    walk(value, `/${key}`);
  }
  return found;
}

describe("the statements of the real data", () => {
  it("have one row per value the organizations and events publish, with the value as the file holds it", () => {
    const { organizations, events } = tree().records;
    const expected = [
      ...[...organizations].map(([id, record]) => ["organizations", id, record] as const),
      ...[...events].map(([id, record]) => ["events", id, record] as const),
    ].flatMap(([collection, id, record]) =>
      leaves(record as unknown as Record<string, unknown>).map(
        ([pointer, value]) => `${collection} ${id} ${pointer} ${String(value)}`,
      ),
    );
    const rows = csvRows().map((row) => `${row.collection} ${row.id} ${row.pointer} ${row.value}`);
    expect(rows.sort()).toEqual(expected.sort());
    expect(rows.length).toBeGreaterThan(50);
  });

  it("give each localized text its language, and NDJSON lines the same statements in the same order", () => {
    const rows = csvRows();
    const lines = readTreeFile(tree(), "api/v1/statements.ndjson")
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => [line.id, line.pointer, String(line.value), line.how])).toEqual(
      rows.map((row) => [row.id, row.pointer, row.value, row.how]),
    );
    for (const row of rows.filter((row) => row.language))
      expect(row.pointer!.endsWith(`/${row.language}`) || row.pointer!.includes(`/${row.language}/`)).toBe(true);
  });

  it("mark inferred exactly what the records infer, with the reasons in both languages", () => {
    const inferred = csvRows().filter((row) => row.how === "inferred");
    expect(inferred.map((row) => `${row.id} ${row.pointer}`).sort()).toEqual(
      [
        "cast /kind",
        "cast /status",
        "sast /kind",
        "sast /status",
        "sast /location/city/en",
        "sast /location/country",
        "shanghai-municipal-government /kind",
        "shanghai-municipal-government /status",
        "shanghai-municipal-government /location/city/en",
        "shanghai-municipal-government /location/country",
        "international-sci-tech-organizations-cluster /status",
        "international-sci-tech-organizations-cluster /location/country",
        "cast-department-of-international-affairs /status",
        "lingang-special-area /status",
        "cluster-unveiling-ceremony-2023 /timeZone",
        "cluster-unveiling-ceremony-2023 /location/country",
      ].sort(),
    );
    for (const row of inferred) {
      expect(JSON.parse(row.reason_en!), `${row.id} ${row.pointer}`).not.toEqual([]);
      expect(JSON.parse(row.reason_zh_hans!), `${row.id} ${row.pointer}`).not.toEqual([]);
    }
    expect(csvRows().filter((row) => row.how === "stated" && row.reason_en)).toEqual([]);
  });

  it("date every organization's status as of the article, and no event's completion", () => {
    const statuses = csvRows().filter((row) => row.pointer === "/status");
    expect(statuses.map((row) => [row.id, row.as_of])).toEqual(
      statuses.map((row) => [row.id, row.collection === "organizations" ? "2023-11-17" : ""]),
    );
  });

  it.each([
    ["organizations", "cast", "/names/display/zh-Hans"],
    ["organizations", "international-sci-tech-organizations-cluster", "/names/display/en"],
  ])("give %s/%s %s the first and last commits git log finds holding its value", (collection, id, pointer) => {
    const row = csvRows().find((each) => each.id === id && each.pointer === pointer)!;
    expect(row).toBeDefined();
    const seen = commitsHolding(`data/${collection}/${id}.json`, pointer, row.value!);
    expect(seen.length, "the value is in the history").toBeGreaterThan(0);
    expect([row.first_seen_commit, row.first_seen, row.last_seen_commit, row.last_seen]).toEqual([
      seen[0]!.commit,
      seen[0]!.date,
      seen.at(-1)!.commit,
      seen.at(-1)!.date,
    ]);
  });
});

/**
 * The commits, oldest first, that changed a record file (its parsed content, not only its
 * layout) and left `value` at `pointer`, read with git alone.
 */
function commitsHolding(file: string, pointer: string, value: string): { commit: string; date: string }[] {
  const git = (...args: string[]) => execFileSync("git", args, { cwd: projectRoot, encoding: "utf8" });
  const log = git("log", "--reverse", "--format=%H %cI", "--", file).trim().split("\n");
  const holding: { commit: string; date: string }[] = [];
  let previous: string | undefined;
  for (const line of log) {
    const [commit, date] = line.split(" ") as [string, string];
    const content = JSON.stringify(JSON.parse(git("show", `${commit}:${file}`)));
    if (content === previous) continue;
    previous = content;
    let node: unknown = JSON.parse(content);
    for (const segment of pointer.slice(1).split("/")) node = (node as Record<string, unknown> | undefined)?.[segment];
    if (node === value) holding.push({ commit, date: new Date(date).toISOString().replace(/\.000Z$/, "Z") });
  }
  return holding;
}
