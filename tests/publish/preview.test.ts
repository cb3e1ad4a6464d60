/**
 * `npm run preview` serves each published file with the media type the OpenAPI document
 * declares for it, and the schemas as JSON Schemas, as read from the running command's responses.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { MIMEType } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project-paths.ts";
import { freePort, listFiles, readTreeFile, realAtPrefix, useBuiltTrees } from "./built-site.ts";

const built = useBuiltTrees([realAtPrefix]);
let preview: ChildProcess | undefined;
let base = "";

beforeAll(async () => {
  const tree = built.get(realAtPrefix);
  base = `http://localhost:${await freePort()}${new URL(tree.baseUrl).pathname}`;
  preview = spawn(process.execPath, ["--import", "tsx", "scripts/preview.ts", "--out", tree.dir], {
    cwd: projectRoot,
    env: { ...process.env, SITE_URL: base },
    stdio: ["ignore", "pipe", "inherit"],
  });
  // The command says "serving … at <url>" once it listens.
  let said = "";
  for await (const chunk of preview.stdout!) {
    said += String(chunk);
    if (said.includes("serving")) break;
  }
});

afterAll(async () => {
  if (!preview || preview.exitCode !== null) return;
  preview.kill();
  await once(preview, "exit");
});

/** A Content-Type header as the WHATWG MIME Sniffing standard parses it, or undefined if it does not. */
function mediaTypeOf(header: string): MIMEType | undefined {
  try {
    return new MIMEType(header);
  } catch {
    return undefined;
  }
}

interface Response {
  content: Record<string, unknown>;
}

interface OpenApi {
  paths: Record<
    string,
    {
      get: {
        parameters?: unknown[];
        responses: Record<"200" | "404", Response | { $ref: string } | undefined>;
      };
    }
  >;
  components: { responses: Record<string, Response> };
}

/** A response, or the one its `$ref` names among the components. */
function resolved(openapi: OpenApi, response: Response | { $ref: string } | undefined): Response | undefined {
  if (!response || !("$ref" in response)) return response;
  return openapi.components.responses[response.$ref.replace("#/components/responses/", "")];
}

describe("the preview server", () => {
  it("serves a file of every path in the OpenAPI document with the media type declared there", async () => {
    const tree = built.get(realAtPrefix);
    const openapi = JSON.parse(readTreeFile(tree, "api/v1/openapi.json")) as OpenApi;
    const files = listFiles(tree.dir);
    const wrong: string[] = [];
    const served = new Set<string>();
    for (const [apiPath, item] of Object.entries(openapi.paths)) {
      const [declared] = Object.keys(resolved(openapi, item.get.responses["200"])!.content);
      const pattern = new RegExp(
        `^${apiPath
          .slice(1)
          .replace(/[.*+?^$()|[\]\\]/g, "\\$&")
          .replace(/\{\w+\}/g, "[^/]+")}$`,
      );
      const file = files.find((candidate) => pattern.test(candidate));
      expect(file, `no file for ${apiPath}`).toBeDefined();
      const response = await fetch(`${base}${file}`);
      await response.arrayBuffer();
      expect(response.status, file).toBe(200);
      const header = response.headers.get("content-type") ?? "";
      const type = mediaTypeOf(header);
      // Every file the build writes is UTF-8; a text type without a charset defaults to US-ASCII.
      const charsetRight = type?.type !== "text" || type.params.get("charset") === "utf-8";
      if (type?.essence !== declared || !charsetRight) wrong.push(`${file}: "${header}", declared ${declared}`);
      served.add(declared!);
    }
    expect(wrong).toEqual([]);
    expect(served).toEqual(
      new Set([
        ...["application/json", "application/x-ndjson", "text/csv", "application/rss+xml", "text/calendar"],
        "application/typescript",
        "application/vnd.sqlite3",
      ]),
    );
  });

  it("answers a path with a parameter that names nothing with the 404 the OpenAPI document declares", async () => {
    const tree = built.get(realAtPrefix);
    const openapi = JSON.parse(readTreeFile(tree, "api/v1/openapi.json")) as OpenApi;
    const templated = Object.entries(openapi.paths).filter(([, item]) => item.get.parameters);
    expect(templated.length).toBeGreaterThan(5);
    for (const [apiPath, item] of templated) {
      const declared = resolved(openapi, item.get.responses["404"])?.content;
      expect(declared, `${apiPath}: no 404 declared`).toBeDefined();
      const response = await fetch(`${base}${apiPath.slice(1).replace(/\{\w+\}/g, "9999-no-such-record")}`);
      await response.arrayBuffer();
      expect(response.status, apiPath).toBe(404);
      expect(mediaTypeOf(response.headers.get("content-type") ?? "")?.essence, apiPath).toBe(Object.keys(declared!)[0]);
    }
  });

  it("serves the JSON Schemas as application/schema+json, and the other JSON files as application/json", async () => {
    const files = listFiles(built.get(realAtPrefix).dir).filter((file) => file.endsWith(".json"));
    const typeOf = async (file: string) => {
      const response = await fetch(`${base}${file}`);
      await response.arrayBuffer();
      return `${file}: ${mediaTypeOf(response.headers.get("content-type") ?? "")?.essence}`;
    };
    const schemas = files.filter((file) => file.startsWith("schemas/"));
    expect(schemas.length).toBeGreaterThan(10);
    expect(schemas.every((file) => file.endsWith(".schema.json"))).toBe(true);
    expect(await Promise.all(schemas.map(typeOf))).toEqual(schemas.map((file) => `${file}: application/schema+json`));
    const others = files.filter((file) => !file.startsWith("schemas/"));
    expect(await Promise.all(others.map(typeOf))).toEqual(others.map((file) => `${file}: application/json`));
  });
});
