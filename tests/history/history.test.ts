import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseRssFeed } from "feedsmith";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../scripts/writer/site-builder.ts";
import { formatCanonicalJson, keyOrderFor } from "../../scripts/records/canonical-json.ts";
import { schemaNameOf, type CollectionName } from "../../scripts/records/collections.ts";
import { readSiteConfig } from "../../scripts/paths/site-config.ts";
import { validateDataset } from "../../scripts/validation/validate-dataset.ts";

/**
 * A registry's life in scripted commits, each at a known date: records added, a field edited,
 * a participant added, an id renamed, a record withdrawn. The build must date every record from
 * the history, describe every change, and keep every old address answering.
 */
const site = readSiteConfig("https://example.github.io/registry/");
let repo: string;
let data: string;
let out: string;

function write(collection: CollectionName, record: { id: string }): void {
  const file = path.join(data, collection, `${record.id}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, formatCanonicalJson(record, keyOrderFor(schemaNameOf[collection])));
}

function commit(date: string, message: string): void {
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=Curator", "-c", "user.email=curator@example.org", ...args], {
      cwd: repo,
      env,
      stdio: "ignore",
    });
  git("add", "-A");
  git("commit", "-q", "--no-verify", "-m", message);
}

const organization = (id: string, name: string, extra: object = {}) => ({
  id,
  names: { display: { en: name } },
  kind: "association",
  status: "active",
  sources: [{ source: "src" }],
  ...extra,
});
const meeting = (participants: object[]) => ({
  id: "meet",
  title: { en: "Meeting" },
  kind: "meeting",
  status: "completed",
  start: "2024-01-15",
  timeZone: "Asia/Shanghai",
  participants,
  sources: [{ source: "src" }],
});

const read = (file: string) => fs.readFileSync(path.join(out, file), "utf8");
const json = (file: string) => JSON.parse(read(file));

beforeAll(async () => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), "registry-history-"));
  data = path.join(repo, "data");
  out = path.join(repo, "_site");
  execFileSync("git", ["init", "-q", "-b", "main"], { cwd: repo });

  write("sources", {
    id: "src",
    kind: "report",
    title: { en: "Report" },
    publisher: { name: "Publisher" },
    published: "2024-01-01",
  } as {
    id: string;
  });
  write("organizations", organization("alpha", "Alpha"));
  write("organizations", organization("beta", "Beta"));
  write("events", meeting([{ organization: "alpha", role: "host" }]));
  commit("2024-01-01T00:00:00Z", "Add the first records");

  write("organizations", organization("alpha", "Alpha Institute"));
  commit("2024-02-01T00:00:00Z", "Correct Alpha's name");

  write(
    "events",
    meeting([
      { organization: "alpha", role: "host" },
      { organization: "beta", role: "co-host" },
    ]),
  );
  commit("2024-03-01T00:00:00Z", "Beta co-hosted the meeting");

  execFileSync("git", ["mv", "data/organizations/beta.json", "data/organizations/beta-lab.json"], { cwd: repo });
  write("organizations", organization("beta-lab", "Beta", { formerIds: ["beta"] }));
  write(
    "events",
    meeting([
      { organization: "alpha", role: "host" },
      { organization: "beta-lab", role: "co-host" },
    ]),
  );
  commit("2024-04-01T00:00:00Z", "Rename beta");

  write("organizations", organization("alpha", "Alpha Institute", { status: "withdrawn", successor: "beta-lab" }));
  commit("2024-05-01T00:00:00Z", "Alpha merged into Beta Lab");

  const result = await buildSite({ dataDir: data, outDir: out, site });
  if (!result.ok) throw new Error(JSON.stringify(result).slice(0, 2000));
});

afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

describe("record dates from git history", () => {
  it.each([
    ["organizations/alpha", "2024-01-01T00:00:00Z", "2024-05-01T00:00:00Z"],
    ["organizations/beta-lab", "2024-01-01T00:00:00Z", "2024-04-01T00:00:00Z"],
    ["events/meet", "2024-01-01T00:00:00Z", "2024-04-01T00:00:00Z"],
    ["sources/src", "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z"],
  ])("dates %s: created %s, updated %s (renames followed)", (record, created, updated) => {
    expect(json(`api/v1/${record}.json`)).toMatchObject({ created, updated });
    expect(json(`api/v1/${record}/history.json`)).toMatchObject({ created, updated });
  });

  it("puts the last change into the sitemap and the SEQUENCE of the event's calendar", () => {
    expect(read("sitemaps/1.xml")).toContain(
      "<loc>https://example.github.io/registry/organizations/beta-lab/</loc><lastmod>2024-04-01</lastmod>",
    );
    // The event changed twice after it was added.
    expect(read("calendar/events/meet.ics")).toContain("SEQUENCE:2\r\n");
  });
});

describe("the change log", () => {
  const expected = [
    [
      "2024-05-01T00:00:00Z",
      "withdrawn",
      "organization",
      "alpha",
      "Organization “Alpha Institute” (alpha) was withdrawn; it is replaced by beta-lab.",
    ],
    [
      "2024-04-01T00:00:00Z",
      "renamed",
      "organization",
      "beta-lab",
      "Organization “Beta” was renamed from beta to beta-lab.",
    ],
    [
      "2024-04-01T00:00:00Z",
      "changed",
      "event",
      "meet",
      "Event “Meeting” (meet) changed: no longer lists “Beta” (beta) as co-host; added “Beta” (beta-lab) as co-host.",
    ],
    [
      "2024-03-01T00:00:00Z",
      "changed",
      "event",
      "meet",
      "Event “Meeting” (meet) changed: added “Beta” (beta) as co-host.",
    ],
    [
      "2024-02-01T00:00:00Z",
      "changed",
      "organization",
      "alpha",
      "Organization “Alpha Institute” (alpha) changed: name (English): “Alpha” → “Alpha Institute”.",
    ],
  ];

  it("lists every change, newest first, with the fields and a sentence", () => {
    const changes = json("api/v1/changes/index.json");
    expect(changes.total).toBe(9);
    expect(changes.complete).toBe(true);
    const items = changes.items.map((item: Record<string, string>) => [
      item.date,
      item.change,
      item.type,
      item.id,
      item.summary,
    ]);
    expect(items.slice(0, 5)).toEqual(expected);
    // The four records added in one commit share its date; their order among themselves is git's.
    expect(new Set(items.slice(5).map((item: string[]) => `${item[1]} ${item[3]}`))).toEqual(
      new Set(["added src", "added beta", "added alpha", "added meet"]),
    );
    expect(changes.items[4].fields).toEqual([
      {
        pointer: "/names/display/en",
        path: "/names/display/en",
        label: "Name (English)",
        change: "changed",
        summary: "name (English): “Alpha” → “Alpha Institute”",
        before: "Alpha",
        after: "Alpha Institute",
      },
    ]);
    expect(changes.items[1]).toMatchObject({
      formerId: "beta",
      links: { html: "https://example.github.io/registry/organizations/beta-lab/" },
    });
  });

  it("keeps each record's own history", () => {
    const history = json("api/v1/organizations/alpha/history.json");
    expect(history.changes.map((change: { change: string; date: string }) => [change.change, change.date])).toEqual([
      ["withdrawn", "2024-05-01T00:00:00Z"],
      ["changed", "2024-02-01T00:00:00Z"],
      ["added", "2024-01-01T00:00:00Z"],
    ]);
  });

  it("publishes a changes feed that feed readers read back", () => {
    const feed = parseRssFeed(read("feeds/changes.xml"));
    const items = feed.items ?? [];
    expect(items.slice(0, 5).map((item) => item.title)).toEqual(expected.map((entry) => entry[4]));
    expect(items.slice(0, 5).map((item) => new Date(item.pubDate!).toISOString().replace(".000Z", "Z"))).toEqual(
      expected.map((entry) => entry[0]),
    );
    expect(items[1]!.link).toBe("https://example.github.io/registry/organizations/beta-lab/");
  });

  it("shows the changes on the record's page", () => {
    const page = read("organizations/alpha/index.html");
    expect(page).toContain(
      "Organization “Alpha Institute” (alpha) changed: name (English): “Alpha” → “Alpha Institute”.",
    );
  });
});

describe("stable identity", () => {
  it("redirects a former id's page and answers its JSON with where the record is now", () => {
    const page = read("organizations/beta/index.html");
    expect(page).toContain(
      '<meta http-equiv="refresh" content="0; url=https://example.github.io/registry/organizations/beta-lab/">',
    );
    expect(page).toContain('<link rel="canonical" href="https://example.github.io/registry/organizations/beta-lab/">');
    expect(page).toContain('href="/registry/organizations/beta-lab/"');
    expect(json("api/v1/organizations/beta.json")).toMatchObject({
      id: "beta",
      status: "moved",
      movedTo: { id: "beta-lab" },
      links: { location: "https://example.github.io/registry/api/v1/organizations/beta-lab.json" },
    });
  });

  it("keeps a tombstone's JSON and sends its page to the successor", () => {
    expect(json("api/v1/organizations/alpha.json")).toMatchObject({
      record: { status: "withdrawn", successor: "beta-lab" },
      related: { successor: { id: "beta-lab" } },
    });
    const page = read("organizations/alpha/index.html");
    expect(page).toContain(
      '<meta http-equiv="refresh" content="0; url=https://example.github.io/registry/organizations/beta-lab/">',
    );
    expect(page).toContain("This record was withdrawn.");
    expect(fs.existsSync(path.join(out, "feeds/organizations/alpha.xml"))).toBe(false);
  });

  it("refuses a pull request that deletes a record file without a tombstone", () => {
    fs.rmSync(path.join(data, "events/meet.json"));
    const result = validateDataset({ dataDir: data, base: "HEAD" });
    expect(
      result.findings.map((finding) => [finding.rule, finding.file.endsWith("events/meet.json"), finding.message]),
    ).toEqual([
      [
        "no-silent-deletion",
        true,
        'this event file was deleted: keep it and set "status": "withdrawn" (with a "successor" if another record replaces it), so that its address keeps answering',
      ],
    ]);
    expect(result.errorCount).toBe(1);
  });

  it("accepts a deletion whose id another record keeps", () => {
    write("events", {
      ...meeting([{ organization: "beta-lab", role: "host" }]),
      id: "meet-2024",
      formerIds: ["meet"],
    } as { id: string });
    const result = validateDataset({ dataDir: data, base: "HEAD" });
    expect(result.findings).toEqual([]);
  });
});

describe("the manifest", () => {
  it("lists every other published file with its size and SHA-256", () => {
    const manifest = json("api/v1/manifest.json");
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else files.push(path.relative(out, full));
      }
    };
    walk(out);
    const listed = manifest.files.map((file: { path: string }) => file.path);
    expect([...listed].sort()).toEqual(files.filter((file) => file !== "api/v1/manifest.json").sort());
    for (const file of manifest.files as { path: string; size: number; sha256: string }[]) {
      const bytes = fs.readFileSync(path.join(out, file.path));
      expect(file.size, file.path).toBe(bytes.length);
      expect(file.sha256, file.path).toBe(createHash("sha256").update(bytes).digest("hex"));
    }
    expect(manifest.dataCommit).toMatch(/^[0-9a-f]{40}$/);
  });
});
