/**
 * The published types and a client made from the published OpenAPI bundle work for a consumer:
 * `api-consumer/consumer.ts`, beside the bundle and the types downloaded from a served site and
 * the client types openapi-typescript makes from the bundle, compiles with `tsc --strict` and
 * reads every kind of document through openapi-fetch, each as the site publishes it.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project-paths.ts";
import { feedsAtPrefix, readTreeFile, realAtPrefix, useBuiltTrees, type TreeSpec } from "./built-site.ts";
import { useServedTrees } from "./served-trees.ts";

const run = promisify(execFile);
const trees = [realAtPrefix, feedsAtPrefix];
const built = useBuiltTrees(trees);
const served = useServedTrees(built, trees);
let consumer = "";

beforeAll(async () => {
  consumer = path.join(built.scratch, "consumer");
  fs.cpSync(path.join(projectRoot, "tests/publish/api-consumer"), consumer, { recursive: true });
  // openapi-fetch and @types/node, as the consumer's own dependencies would provide them.
  fs.symlinkSync(path.join(projectRoot, "node_modules"), path.join(consumer, "node_modules"));
  for (const file of ["openapi.bundle.json", "types.d.ts"]) {
    const response = await fetch(`${served.url(realAtPrefix)}api/v1/${file}`);
    expect(response.status, file).toBe(200);
    fs.writeFileSync(path.join(consumer, file), await response.text());
  }
  const bin = (name: string) => path.join(projectRoot, "node_modules/.bin", name);
  await run(bin("openapi-typescript"), ["openapi.bundle.json", "--output", "api.d.ts"], { cwd: consumer });
  await run(bin("tsc"), ["--project", "tsconfig.json", "--strict"], { cwd: consumer });
});

interface Read {
  kind: string;
  path: string;
  document: unknown;
}

const reads = new Map<string, Promise<Read[]>>();

/** What the compiled consumer read from a served tree (it prints each document as a line of JSON); it runs once a tree. */
function readThroughClient(spec: TreeSpec): Promise<Read[]> {
  const read = async () => {
    const { stdout } = await run(process.execPath, ["out/consumer.js", served.url(spec)], {
      cwd: consumer,
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Read);
  };
  if (!reads.has(spec.name)) reads.set(spec.name, read());
  return reads.get(spec.name)!;
}

const everyKind = [
  ...["index", "organizations list", "events list", "sources list", "organization", "event", "source", "history"],
  ...["changes", "changes page", "manifest", "all", "datapackage", "unknown id"],
];

describe("a client generated from the OpenAPI bundle, with the published types", () => {
  it.each(trees.map((spec) => [spec.name, spec] as const))(
    "%s: reads every kind of document, each as published",
    async (_, spec) => {
      const tree = built.get(spec);
      const read = await readThroughClient(spec);
      const kinds = new Set(read.map((entry) => entry.kind));
      expect([...kinds].sort()).toEqual([...everyKind, ...(spec === feedsAtPrefix ? ["moved"] : [])].sort());
      for (const { kind, path: sitePath, document } of read.filter((entry) => entry.kind !== "unknown id")) {
        expect(document, `${kind}: ${sitePath}`).toEqual(JSON.parse(readTreeFile(tree, sitePath)));
      }
      expect(read.filter((entry) => entry.kind === "history")).toHaveLength(3);
    },
  );

  it("finds a renamed record's stub at its former id", async () => {
    const moved = (await readThroughClient(feedsAtPrefix)).find((entry) => entry.kind === "moved");
    expect(moved).toMatchObject({
      path: "api/v1/organizations/harbour.json",
      document: { status: "moved", movedTo: { id: "harbour-lab" } },
    });
  });

  it("is told an unknown id is missing by the status, the body being the host's HTML page", async () => {
    const unknown = (await readThroughClient(realAtPrefix)).find((entry) => entry.kind === "unknown id");
    expect(unknown?.document).toEqual({ status: 404, type: "text/html; charset=utf-8" });
  });
});
