/**
 * Support for the end-to-end checks of the published site: builds datasets into temporary
 * folders once per test file, and reads back the records the trees were built from.
 */
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, inject } from "vitest";
import { writeDataset } from "../../scripts/generator/generate-dataset.ts";
import { projectRoot } from "../../scripts/project-paths.ts";
import { buildSite } from "../../scripts/writer/site-builder.ts";
import type { CollectionName } from "../../scripts/records/collections.ts";
import type { Event, Organization, Source } from "../../scripts/records/types.generated.ts";
import { readSiteConfig } from "../../scripts/paths/site-config.ts";

export const prefixUrl = "https://example.github.io/registry/";
export const rootUrl = "http://localhost:8080/";
export const realData = path.join(projectRoot, "data");
export const hostileData = path.join(projectRoot, "tests/fixtures/hostile");
export const feedsData = path.join(projectRoot, "tests/fixtures/feeds");
export const dateRangeData = path.join(projectRoot, "tests/fixtures/date-range");

export interface TreeSpec {
  /** A short name for test titles, such as `real@prefix`. */
  name: string;
  /** The data folder, or `generated` for a deterministic generated dataset (many events). */
  data: string;
  siteUrl: string;
  /** Records per page of the collection lists, when not the default. */
  listPageSize?: number;
}

export const realAtPrefix: TreeSpec = { name: "real@prefix", data: realData, siteUrl: prefixUrl };
export const realAtRoot: TreeSpec = { name: "real@root", data: realData, siteUrl: rootUrl };
export const hostileAtPrefix: TreeSpec = { name: "hostile@prefix", data: hostileData, siteUrl: prefixUrl };
/**
 * Events in zones whose rules changed (Mexico City, Almaty, New York before 2007), one across a
 * change to daylight saving time, two zone names for one zone, and renamed records.
 */
export const feedsAtPrefix: TreeSpec = { name: "feeds@prefix", data: feedsData, siteUrl: prefixUrl };
/** The same renamed records at another address: what subscribers keep must not change with it. */
export const feedsAtRoot: TreeSpec = { name: "feeds@root", data: feedsData, siteUrl: rootUrl };
/**
 * Events at both ends of the range of years (1000 and 9999), across the new year 2000, and in six
 * zones in both 1000 (local mean time) and 9999 (daylight saving time by today's rules).
 */
export const dateRangeAtPrefix: TreeSpec = { name: "date-range@prefix", data: dateRangeData, siteUrl: prefixUrl };
export const generatedAtPrefix: TreeSpec = { name: "generated@prefix", data: "generated", siteUrl: prefixUrl };
/** The generated data with lists of four records a page, so that every list has several pages. */
export const pagedAtPrefix: TreeSpec = { ...generatedAtPrefix, name: "paged@prefix", listPageSize: 4 };
/**
 * The trees every check runs on: the real data at a path prefix and at a domain root, the hostile
 * data, and generated data whose lists run over several pages.
 */
export const standardTrees = [realAtPrefix, realAtRoot, hostileAtPrefix, pagedAtPrefix];

export interface Records {
  organizations: Map<string, Organization>;
  events: Map<string, Event>;
  sources: Map<string, Source>;
}

export interface BuiltTree {
  spec: TreeSpec;
  /** The build the output folder links to. */
  dir: string;
  /** The site's base URL, ending in `/`. */
  baseUrl: string;
  dataDir: string;
  records: Records;
  /** When the build finished (epoch ms). */
  builtAt: number;
}

export interface BuiltTrees {
  /** The scratch folder the trees sit in; removed after the file's tests. */
  scratch: string;
  get(spec: TreeSpec): BuiltTree;
  all(): BuiltTree[];
}

/**
 * Gives the test file the trees it names, built in `beforeAll`: each is built once per test run
 * and shared by every file that asks for it (they only read them). `scratch` is the file's own
 * folder, for anything it writes, removed in `afterAll`.
 */
export function useBuiltTrees(specs: readonly TreeSpec[]): BuiltTrees {
  const built = new Map<string, BuiltTree>();
  const state: BuiltTrees = {
    scratch: "",
    get(spec) {
      const tree = built.get(spec.name);
      if (!tree) throw new Error(`tree ${spec.name} was not built`);
      return tree;
    },
    all: () => specs.map((spec) => state.get(spec)),
  };
  beforeAll(async () => {
    state.scratch = fs.mkdtempSync(path.join(os.tmpdir(), "registry-e2e-"));
    for (const spec of specs) built.set(spec.name, await sharedTree(spec));
  });
  afterAll(() => {
    if (state.scratch) fs.rmSync(state.scratch, { recursive: true, force: true });
  });
  return state;
}

/** What the builder of a shared tree leaves for the others: the tree, or why it failed. */
interface SharedTreeNote {
  tree?: Omit<BuiltTree, "records" | "spec">;
  failure?: string;
}

/**
 * A tree from the run's shared folder (tests/shared-trees.global-setup.ts). The first test file
 * to ask for it builds it, having claimed its folder with `mkdir`, which only one process can
 * win; the others wait for the note it leaves when done.
 */
async function sharedTree(spec: TreeSpec): Promise<BuiltTree> {
  const folder = path.join(inject("sharedTreesDir"), spec.name.replace(/\W/g, "-"));
  const done = path.join(folder, "built.json");
  let claimed = true;
  try {
    fs.mkdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    claimed = false;
  }
  if (claimed) {
    let note: SharedTreeNote;
    try {
      const { records: _records, spec: _spec, ...tree } = await buildTree(folder, spec);
      note = { tree };
    } catch (error) {
      note = { failure: String(error) };
    }
    fs.writeFileSync(`${done}.tmp`, JSON.stringify(note));
    fs.renameSync(`${done}.tmp`, done);
  }
  while (!fs.existsSync(done)) await sleep(100);
  const note = JSON.parse(fs.readFileSync(done, "utf8")) as SharedTreeNote;
  if (!note.tree) throw new Error(`the shared ${spec.name} tree could not be built: ${note.failure}`);
  return { ...note.tree, spec, records: readRecords(note.tree.dataDir) };
}

/** Builds one tree into a new folder under `scratch`; throws when the build fails. */
export async function buildTree(scratch: string, spec: TreeSpec): Promise<BuiltTree> {
  let dataDir = spec.data;
  if (spec.data === "generated") {
    dataDir = fs.mkdtempSync(path.join(scratch, "generated-data-"));
    writeDataset(dataDir, { records: 24, seed: 7 });
  }
  const dir = path.join(fs.mkdtempSync(path.join(scratch, "tree-")), "site");
  const site = readSiteConfig(spec.siteUrl);
  const result = await buildSite({
    dataDir,
    outDir: dir,
    site,
    ...(spec.listPageSize ? { listPageSize: spec.listPageSize } : {}),
  });
  if (!result.ok) throw new Error(`build of ${spec.name} failed: ${JSON.stringify(result).slice(0, 2000)}`);
  // The build the output folder links to: tests copy and serve it as a plain folder.
  const built = fs.realpathSync(dir);
  return { spec, dir: built, baseUrl: site.baseUrl, dataDir, records: readRecords(dataDir), builtAt: Date.now() };
}

/** The records of a data folder, as their files hold them (with `$schema` where present). */
export function readRecords(dataDir: string): Records {
  const read = <T>(collection: CollectionName) => {
    const folder = path.join(dataDir, collection);
    const records = new Map<string, T>();
    if (!fs.existsSync(folder)) return records;
    for (const name of fs.readdirSync(folder).sort()) {
      if (name.endsWith(".json")) {
        records.set(name.slice(0, -5), JSON.parse(fs.readFileSync(path.join(folder, name), "utf8")) as T);
      }
    }
    return records;
  };
  return { organizations: read("organizations"), events: read("events"), sources: read("sources") };
}

/** Every file under a folder, as sorted `/`-separated paths relative to it. */
export function listFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(path.relative(root, full).split(path.sep).join("/"));
    }
  };
  walk(root);
  return files.sort();
}

/** A TCP port on 127.0.0.1 that nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Every string in a parsed JSON value, at any depth. */
export function stringsIn(value: unknown, found: string[] = []): string[] {
  if (typeof value === "string") found.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, found);
  else if (value && typeof value === "object") for (const item of Object.values(value)) stringsIn(item, found);
  return found;
}

export function readTreeFile(tree: BuiltTree, sitePath: string): string {
  return fs.readFileSync(path.join(tree.dir, sitePath), "utf8");
}

/** The absolute URL of an event's page, as feeds and calendars must link it. */
export function eventPageUrl(tree: BuiltTree, id: string): string {
  return `${tree.baseUrl}events/${id}/`;
}

/** The ids of the events an organization takes part in, as participant or through a speaker. */
export function eventsOfOrganization(records: Records, organizationId: string): string[] {
  return [...records.events]
    .filter(
      ([, event]) =>
        (event.participants ?? []).some((participant) => participant.organization === organizationId) ||
        (event.speakers ?? []).some((speaker) => speaker.organization === organizationId),
    )
    .map(([id]) => id);
}

/**
 * The instant an event starts: its date-time, or for a date alone, local midnight in the
 * event's IANA zone. Worked out here from the zone's offset, independently of the build's code.
 */
export function expectedStartInstant(start: string, timeZone: string): number {
  if (start.includes("T")) return Date.parse(start);
  const wallClock = Date.parse(`${start}T00:00:00Z`);
  const first = wallClock - zoneOffset(wallClock, timeZone);
  return wallClock - zoneOffset(first, timeZone);
}

/** Offset of a zone from UTC at an instant, in ms, from Intl's `GMT+08:00`-style offset name. */
export function zoneOffset(instant: number, timeZone: string): number {
  const name = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(instant)
    .find((part) => part.type === "timeZoneName")!.value;
  const match = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(name);
  if (!match) throw new Error(`unexpected offset name ${name} for ${timeZone}`);
  if (!match[1]) return 0;
  const ms = ((Number(match[2]) * 60 + Number(match[3])) * 60 + Number(match[4] ?? 0)) * 1000;
  return match[1] === "-" ? -ms : ms;
}

/** The paragraphs of a text, as pages and feeds split it: on blank lines. */
export function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== "");
}
