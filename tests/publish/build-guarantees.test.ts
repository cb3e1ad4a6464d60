import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import net, { type AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { projectRoot } from "../../scripts/project-paths.ts";
import { formatCanonicalJson, keyOrderFor } from "../../scripts/records/canonical-json.ts";
import { schemaNameOf, type CollectionName } from "../../scripts/records/collections.ts";
import { buildSite, SiteBuilder } from "../../scripts/writer/site-builder.ts";
import { checkTree, ResponseChecker } from "../../scripts/writer/checks/output-checks.ts";
import { OutputTree } from "../../scripts/writer/output-tree.ts";
import { createPreviewServer } from "../../scripts/preview.ts";
import { readSiteConfig } from "../../scripts/paths/site-config.ts";
import { buildsLeftBehind } from "./build-folders.ts";
import { treeDigest } from "./tree-digest.ts";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "registry-build-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const realData = path.join(projectRoot, "data");
const rootSite = readSiteConfig("http://localhost:8080/");
const prefixSite = readSiteConfig("https://example.github.io/registry/");

function dataCopy(): string {
  const dir = fs.mkdtempSync(path.join(scratch, "data-"));
  fs.cpSync(realData, dir, { recursive: true });
  return dir;
}

async function build(dataDir: string, outDir: string, site = rootSite) {
  const result = await buildSite({ dataDir, outDir, site });
  if (!result.ok) throw new Error(`build failed: ${JSON.stringify(result).slice(0, 2000)}`);
  return result;
}

describe("the build", () => {
  it("gives byte-identical trees for the same data", async () => {
    const first = path.join(scratch, "same-1");
    const second = path.join(scratch, "same-2");
    await build(realData, first);
    await build(realData, second);
    expect(treeDigest(second)).toEqual(treeDigest(first));
  });

  it("times every stage of its thread's work, as the performance page lists them", async () => {
    const { timings } = await build(realData, path.join(scratch, "timed"));
    expect(Object.keys(timings).sort()).toEqual(
      [
        "validate",
        "history",
        "catalog",
        "api and feeds",
        "response checks",
        "encode and queue",
        "pages",
        "turns",
        "slow files (waited)",
        "search index (waited)",
        "writes (waited)",
        "manifest",
        "tree check",
        "swap",
      ].sort(),
    );
  });

  it("leaves the previous output untouched when the data does not validate", async () => {
    const out = path.join(scratch, "invalid");
    await build(realData, out);
    const before = treeDigest(out);
    const broken = dataCopy();
    fs.writeFileSync(path.join(broken, "events/cluster-unveiling-ceremony-2023.json"), "{ not json");
    const result = await buildSite({ dataDir: broken, outDir: out, site: rootSite });
    expect(result).toMatchObject({ ok: false, reason: "invalid-data" });
    expect(treeDigest(out)).toEqual(before);
    expect(buildsLeftBehind(out)).toEqual([]);
  });

  it("refuses to replace a folder it did not make, says why in one line, and leaves it as it was", () => {
    const notes = path.join(scratch, "notes");
    fs.mkdirSync(notes);
    fs.writeFileSync(path.join(notes, "plans.txt"), "mine");
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts", "--out", notes], {
      cwd: projectRoot,
      encoding: "utf8",
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `error: refusing to build into ${notes}: it holds files that no build made (it has no api/v1/manifest.json), and the build replaces the whole folder; remove them or choose another --out\n`,
    );
    expect(fs.readdirSync(notes)).toEqual(["plans.txt"]);
    expect(fs.readdirSync(scratch).filter((name) => name.startsWith(".notes."))).toEqual([]);
  });

  it("leaves either the old or the new tree, never a mix, when killed part-way", async () => {
    const out = path.join(scratch, "killed");
    await build(realData, out);
    const before = treeDigest(out);
    const changed = dataCopy();
    const sast = path.join(changed, "organizations/sast.json");
    fs.writeFileSync(sast, fs.readFileSync(sast, "utf8").replace('"kind": "association"', '"kind": "academy"'));
    const afterDir = path.join(scratch, "killed-expected");
    await build(changed, afterDir);
    const after = treeDigest(afterDir);
    expect(after).not.toEqual(before);

    for (const delay of [300, 900, 1500, 2500]) {
      await runBuildProcess(changed, out, delay);
      const now = treeDigest(out);
      expect([before, after]).toContainEqual(now);
      await build(realData, out);
    }
    // A completed build removes what interrupted ones left beside the output folder.
    expect(buildsLeftBehind(out)).toEqual([]);
  });

  it("leaves no file of a deleted record behind", async () => {
    const data = dataCopy();
    const out = path.join(scratch, "deleted");
    await build(data, out);
    fs.rmSync(path.join(data, "events/cluster-unveiling-ceremony-2023.json"));
    await build(data, out);
    // The schemas name the id in their examples; they describe records rather than hold them,
    // and the bundled OpenAPI description carries them as its components.
    const withoutSchemas = (file: string): string => {
      const text = fs.readFileSync(path.join(out, file), "utf8");
      if (file !== "api/v1/openapi.bundle.json") return text;
      const bundle = JSON.parse(text) as { components: { schemas?: unknown } };
      delete bundle.components.schemas;
      return JSON.stringify(bundle);
    };
    const leftovers = [...treeDigest(out).keys()].filter(
      (file) =>
        file.includes("cluster-unveiling-ceremony-2023") ||
        (!file.startsWith("schemas/") && withoutSchemas(file).includes("cluster-unveiling-ceremony-2023")),
    );
    expect(leftovers).toEqual([]);
  });

  it("rebuilds after a rename into the tree a cold build gives, with the old feed and calendar addresses", async () => {
    const data = fs.mkdtempSync(path.join(scratch, "data-"));
    fs.cpSync(path.join(projectRoot, "tests/fixtures/feeds"), data, { recursive: true });
    const out = path.join(scratch, "renamed");
    const builder = new SiteBuilder({ dataDir: data, outDir: out, site: rootSite });
    expect((await builder.build()).ok).toBe(true);
    renameRecord(data, "organizations", "harbour-lab", "harbour-labs");
    renameRecord(data, "events", "mexico-city-meeting-2021", "mexico-city-meeting-2024");
    for (const name of fs.readdirSync(path.join(data, "events"))) {
      const file = path.join(data, "events", name);
      fs.writeFileSync(
        file,
        fs.readFileSync(file, "utf8").replace('"organization": "harbour-lab"', '"organization": "harbour-labs"'),
      );
    }
    const rebuilt = await builder.rebuild({ waitForBackground: true });
    expect(rebuilt.ok, JSON.stringify(rebuilt).slice(0, 2000)).toBe(true);
    const cold = path.join(scratch, "renamed-cold");
    await build(data, cold);
    expect(treeDigest(out)).toEqual(treeDigest(cold));
    for (const file of [
      "feeds/organizations/harbour-lab.xml",
      "feeds/organizations/harbour.xml",
      "calendar/events/mexico-city-meeting-2021.ics",
      "calendar/events/mexico-meeting-2021.ics",
    ]) {
      expect(fs.existsSync(path.join(out, file)), file).toBe(true);
    }
  });

  it("rebuilds after an edit of a source that only a tombstone cites into the tree a cold build gives", async () => {
    // A tombstone's page and document still show the sources it cites: they change with the source.
    const data = fs.mkdtempSync(path.join(scratch, "data-"));
    fs.cpSync(path.join(projectRoot, "tests/fixtures/valid"), data, { recursive: true });
    const memo = {
      id: "fixture-memo",
      kind: "news-article",
      title: { en: "Fixture memo" },
      publisher: { name: "A publisher" },
    };
    const writeMemo = () =>
      fs.writeFileSync(path.join(data, "sources/fixture-memo.json"), `${JSON.stringify(memo, null, 2)}\n`);
    writeMemo();
    const withdrawnFile = path.join(data, "organizations/fixture-withdrawn.json");
    fs.writeFileSync(
      withdrawnFile,
      fs.readFileSync(withdrawnFile, "utf8").replace('"fixture-article"', '"fixture-memo"'),
    );
    const out = path.join(scratch, "tombstone-source");
    const builder = new SiteBuilder({ dataDir: data, outDir: out, site: rootSite });
    expect((await builder.build()).ok).toBe(true);
    memo.title.en = "Fixture memo, retitled";
    writeMemo();
    const rebuilt = await builder.rebuild({ waitForBackground: true });
    expect(rebuilt.ok, JSON.stringify(rebuilt).slice(0, 2000)).toBe(true);
    expect(fs.readFileSync(path.join(out, "organizations/fixture-withdrawn/index.html"), "utf8")).toContain(
      "Fixture memo, retitled",
    );
    const cold = path.join(scratch, "tombstone-source-cold");
    await build(data, cold);
    expect(treeDigest(out)).toEqual(treeDigest(cold));
  });

  it("puts the path prefix on every internal link and the base URL on every absolute one", async () => {
    const out = path.join(scratch, "prefixed");
    await build(realData, out, prefixSite);
    for (const file of treeDigest(out).keys()) {
      const text = fs.readFileSync(path.join(out, file), "utf8");
      if (file.endsWith(".html")) {
        for (const [, url] of text.matchAll(/(?:href|src)="([^"]*)"/g)) {
          if (url!.startsWith("/")) expect(url, `${file}: ${url}`).toMatch(/^\/registry\//);
          else expect(url, `${file}: ${url}`).toMatch(/^(https?:|#)/);
        }
      }
      expect(text, file).not.toContain("localhost");
    }
    const schema = JSON.parse(fs.readFileSync(path.join(out, "schemas/event.schema.json"), "utf8")) as { $id: string };
    expect(schema.$id).toBe("https://example.github.io/registry/schemas/event.schema.json");
  });

  it("reports what the system refused in one line, without a stack trace", () => {
    // Nothing can be made in /sys, whoever runs the tests.
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts", "--out", "/sys/registry-site"], {
      cwd: projectRoot,
      encoding: "utf8",
    });
    expect(result.stderr).toMatch(/^error: E[A-Z]+: [^\n]*, mkdir '\/sys\/\.registry-site\.lock'\n$/);
    expect(result.status).toBe(1);
  });

  it("says in one line that the preview's port is taken, and exits 2", async () => {
    const out = path.join(scratch, "taken-port");
    await build(realData, out);
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      const result = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ["--import", "tsx", "scripts/preview.ts", "--out", out], {
          cwd: projectRoot,
          env: { ...process.env, SITE_URL: `http://localhost:${port}/` },
        });
        let stderr = "";
        child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
        child.on("exit", (status) => resolve({ status, stderr }));
      });
      expect(result.stderr).toBe(
        `error: port ${port} is in use: stop what serves there, or pick another port with SITE_URL, such as SITE_URL=http://localhost:8081/\n`,
      );
      expect(result.status).toBe(2);
    } finally {
      taken.close();
    }
  });

  it("is served by the preview command under its path prefix", async () => {
    const out = path.join(scratch, "preview");
    await build(realData, out, prefixSite);
    const server = createPreviewServer(out, "/registry/");
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/registry/`;
    try {
      const get = async (sitePath: string) => {
        const response = await fetch(`${base}${sitePath}`);
        return {
          status: response.status,
          type: response.headers.get("content-type") ?? "",
          body: await response.text(),
        };
      };
      expect(await get("")).toMatchObject({ status: 200, type: expect.stringContaining("text/html") });
      expect(await get("organizations/sast/")).toMatchObject({ status: 200, body: expect.stringContaining("<h1>") });
      const api = await get("api/v1/index.json");
      expect(JSON.parse(api.body)).toMatchObject({ counts: { organizations: 6, events: 1, sources: 4 } });
      expect(await get("feeds/events.xml")).toMatchObject({ status: 200, body: expect.stringContaining("<rss") });
      expect(await get("no-such-page/")).toMatchObject({
        status: 404,
        body: expect.stringContaining("Page not found"),
      });
    } finally {
      server.close();
    }
  });
});

describe("the output check", () => {
  it("flags a file that the build did not write through the output tree", () => {
    const root = fs.mkdtempSync(path.join(scratch, "tree-"));
    const output = new OutputTree(root);
    output.write("known.json", "{}\n");
    fs.mkdirSync(path.join(root, "escaped"));
    fs.writeFileSync(path.join(root, "escaped/stray.html"), "<p>stray</p>");
    expect(checkTree(output)).toEqual(["escaped/stray.html: written by nothing the build knows"]);
  });

  it("flags a recorded file that is not in the folder, and a symbolic link, each once", () => {
    const root = fs.mkdtempSync(path.join(scratch, "tree-"));
    const output = new OutputTree(root);
    output.write("kept.json", "{}\n");
    output.write("gone/away.json", "{}\n");
    fs.rmSync(path.join(root, "gone/away.json"));
    fs.symlinkSync(path.join(root, "kept.json"), path.join(root, "gone/link.json"));
    expect(checkTree(output)).toEqual([
      "gone/link.json: symbolic links are not published",
      "gone/away.json: recorded but not written",
    ]);
  });

  it("checks each part of a large document on its own, and a part that passed only once", () => {
    const head = {
      $schema: "http://localhost:8080/schemas/api/all.schema.json",
      schemaVersion: "1.0.0",
      updated: "2024-01-02T00:00:00Z",
      licence: { id: "CC0-1.0", name: "CC0 1.0 Universal", url: "https://creativecommons.org/publicdomain/zero/1.0/" },
      organizations: [],
      events: [],
      sources: [],
    };
    const source = {
      id: "a-source",
      kind: "news-article",
      title: { en: "A title" },
      language: "en",
      publisher: { name: "A publisher" },
      updated: "2023-11-17",
    };
    const item = { type: "source", id: "a-source", created: "2024-01-01T00:00:00Z", updated: "2024-01-02T00:00:00Z" };
    const broken = { ...item, record: { ...source, kind: "rumour" } };
    const checker = new ResponseChecker();
    const check = (parts: { pointer: string; schema: string; document: object }[]) =>
      checker.check({ sitePath: "api/v1/all.json", schema: "all", document: head, parts });
    const good = { ...item, record: source };
    expect(check([{ pointer: "/sources/0", schema: "dump-item", document: good }])).toEqual([]);
    expect(check([{ pointer: "/sources/1", schema: "dump-item", document: broken }])).toContain(
      "api/v1/all.json: /sources/1/record/kind must be equal to one of the allowed values (dump-item)",
    );
    // A part is remembered by identity once it passed: changed afterwards (which the build never
    // does), it is not looked at again, while the same content in a new object is.
    Object.assign(good, { type: "not a type" });
    expect(check([{ pointer: "/sources/0", schema: "dump-item", document: good }])).toEqual([]);
    expect(check([{ pointer: "/sources/0", schema: "dump-item", document: { ...good } }])).toContain(
      "api/v1/all.json: /sources/0/type must be equal to one of the allowed values (dump-item)",
    );
  });

  it("checks each entry of the streamed manifest, and does not remember entries made for one check", () => {
    const document = {
      $schema: "http://localhost:8080/schemas/api/manifest.schema.json",
      schemaVersion: "1.0.0",
      updated: "2024-01-02T00:00:00Z",
      dataCommit: null,
      baseUrl: "http://localhost:8080/",
      totalFiles: 2,
      totalBytes: 3,
      files: [],
    };
    const entry = { path: "index.html", size: 3, sha256: "0".repeat(64) };
    const checker = new ResponseChecker();
    const check = (parts: { pointer: string; schema: string; document: object; once?: boolean }[]) =>
      checker.check({ sitePath: "api/v1/manifest.json", schema: "manifest", document, parts });
    expect(check([{ pointer: "/files/0", schema: "manifest-file", document: entry, once: true }])).toEqual([]);
    expect(
      check([
        { pointer: "/files/1", schema: "manifest-file", document: { ...entry, size: -1, sha256: "x" }, once: true },
      ]),
    ).toEqual([
      "api/v1/manifest.json: /files/1/size must be >= 0 (manifest-file)",
      'api/v1/manifest.json: /files/1/sha256 must match pattern "^[0-9a-f]{64}$" (manifest-file)',
    ]);
    Object.assign(entry, { size: 1.5 });
    expect(check([{ pointer: "/files/0", schema: "manifest-file", document: entry, once: true }])).toEqual([
      "api/v1/manifest.json: /files/0/size must be integer (manifest-file)",
    ]);
  });

  it("writes a file given in pieces as the bytes of the pieces joined, directly or by its writer thread", async () => {
    // Text and bytes, under 1 MiB in all (a background tree hands them to its thread); and with
    // pieces larger than the 1 MiB gathered per write, text of three and four bytes a character among them
    // (a file that large is written directly).
    const small = Array.from({ length: 5000 }, (_, index) => {
      const line = `{"line":${index},"text":"行 ${index}"}\n`;
      return index % 2 ? line : Buffer.from(line);
    });
    // A long text goes out in slices: a pair of surrogates must not be cut in two.
    const large = [...small, Buffer.alloc(3 << 20, "x"), "行".repeat(400_000), "😀".repeat(300_000), "end\n"];
    const joinedOf = (pieces: readonly (string | Buffer)[]) => Buffer.concat(pieces.map((piece) => Buffer.from(piece)));
    const direct = new OutputTree(fs.mkdtempSync(path.join(scratch, "tree-")));
    const background = new OutputTree(fs.mkdtempSync(path.join(scratch, "tree-")), { background: true });
    for (const tree of [direct, background]) {
      tree.write("api/small.ndjson", small);
      tree.write("api/large.ndjson", large);
    }
    await background.settled();
    for (const tree of [direct, background]) {
      for (const [name, pieces] of [
        ["api/small.ndjson", small],
        ["api/large.ndjson", large],
      ] as const) {
        const joined = joinedOf(pieces);
        expect(fs.readFileSync(path.join(tree.root, name)).equals(joined)).toBe(true);
        expect(tree.files.get(name)).toEqual({
          size: joined.byteLength,
          sha256: createHash("sha256").update(joined).digest("hex"),
        });
      }
    }
    // A rebuild's tree hashes the pieces first: the same bytes, in other pieces, are not written again.
    const again = new OutputTree(direct.root, { existing: direct.files });
    again.write("api/large.ndjson", [joinedOf(large)]);
    again.write("api/small.ndjson", joinedOf(small).toString());
    expect(again.written).toEqual([]);
    again.write("api/small.ndjson", [...small, "one more\n"]);
    expect(again.written).toEqual(["api/small.ndjson"]);
    expect(fs.readFileSync(path.join(direct.root, "api/small.ndjson")).equals(joinedOf([...small, "one more\n"]))).toBe(
      true,
    );
    // A stream is made once for both the hash and the write: its pieces are not made twice.
    let made = 0;
    const stream = (pieces: readonly (string | Buffer)[]) => ({
      *pieces() {
        made++;
        yield* pieces;
      },
    });
    again.write("api/large.ndjson", stream(large));
    again.write("api/small.ndjson", stream([...small, "and another\n"]));
    expect(made).toBe(2);
    expect(again.written).toEqual(["api/small.ndjson", "api/small.ndjson"]);
    expect(
      fs.readFileSync(path.join(direct.root, "api/small.ndjson")).equals(joinedOf([...small, "and another\n"])),
    ).toBe(true);
    expect(again.files.get("api/small.ndjson")?.sha256).toBe(
      createHash("sha256")
        .update(joinedOf([...small, "and another\n"]))
        .digest("hex"),
    );
  });

  it("writes every file right when its writer thread fills the same buffers again", async () => {
    const allocations = vi.spyOn(Buffer, "allocUnsafeSlow");
    const tree = new OutputTree(fs.mkdtempSync(path.join(scratch, "tree-")), { background: true });
    // 60 different files of 300 KB, a batch each (room is kept for 3 bytes a character); after
    // every six, the batches come back (waited for, not slept on: a busy machine is slow to answer).
    const content = (index: number) => `${index}:`.padEnd(300_000, String.fromCharCode(0x61 + (index % 26)));
    for (let index = 0; index < 60; index++) {
      tree.write(`files/${index}.txt`, content(index));
      if (index % 6 === 5) await tree.drained();
    }
    await tree.settled();
    const buffersMade = allocations.mock.calls.length;
    allocations.mockRestore();
    for (let index = 0; index < 60; index++) {
      const bytes = fs.readFileSync(path.join(tree.root, `files/${index}.txt`));
      expect(bytes.toString()).toBe(content(index));
      expect(tree.files.get(`files/${index}.txt`)?.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    }
    // About as many buffers as batches were in flight at once, not one for each of the 60.
    expect(buffersMade).toBeLessThan(20);
  });

  it("refuses a file written twice, also when its writer thread writes them", async () => {
    const direct = new OutputTree(fs.mkdtempSync(path.join(scratch, "tree-")));
    direct.write("a.json", "1");
    expect(() => direct.write("a.json", "2")).toThrow("output: a.json is written twice");
    const background = new OutputTree(fs.mkdtempSync(path.join(scratch, "tree-")), { background: true });
    background.write("a.json", "1");
    background.write("b.json", "x");
    background.write("a.json", "2");
    // A large file is written directly, beside those the thread writes: found all the same.
    background.write("large.json", "1");
    background.write("large.json", "x".repeat(2 << 20));
    await expect(background.settled()).rejects.toThrow("output: a.json, large.json written twice");
  });

  it("refuses paths that would leave the output folder", () => {
    const output = new OutputTree(fs.mkdtempSync(path.join(scratch, "tree-")));
    expect(() => output.write("../escaped/index.html", "x")).toThrow(/outside the output folder/);
    expect(() => output.write("/etc/passwd", "x")).toThrow(/outside the output folder/);
  });
});

/** Renames a record as a curator does: the file under its new id, the old id last in `formerIds`. */
function renameRecord(dataDir: string, collection: CollectionName, from: string, to: string): void {
  const file = path.join(dataDir, collection, `${from}.json`);
  const record = JSON.parse(fs.readFileSync(file, "utf8")) as { id: string; formerIds?: string[] };
  const renamed = { ...record, id: to, formerIds: [...(record.formerIds ?? []), from] };
  fs.writeFileSync(
    path.join(dataDir, collection, `${to}.json`),
    formatCanonicalJson(renamed, keyOrderFor(schemaNameOf[collection])),
  );
  fs.rmSync(file);
}

/** Starts `npm run build` as a separate process and kills it without warning after `delay` ms. */
function runBuildProcess(dataDir: string, outDir: string, delay: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/build.ts", "--data", dataDir, "--out", outDir], {
      cwd: projectRoot,
      stdio: "ignore",
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), delay);
    child.on("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
