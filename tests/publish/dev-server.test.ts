import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project-paths.ts";

/** `npm start`: a build, a server, and a rebuild in place after every edit. */
describe("the development server", () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "dev-server-"));
  const dataDir = path.join(work, "data");
  const recordFile = path.join(dataDir, "organizations/sast.json");
  let server: ChildProcess;
  let output = "";
  let baseUrl = "";

  const waitFor = async (pattern: RegExp, from: number) => {
    for (let waited = 0; waited < 60_000; waited += 50) {
      const match = pattern.exec(output.slice(from));
      if (match) return match;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`the server never printed ${pattern}; it printed:\n${output}`);
  };
  const page = async (sitePath: string) => (await fetch(new URL(sitePath, baseUrl))).text();

  beforeAll(async () => {
    fs.cpSync(path.join(projectRoot, "data"), dataDir, { recursive: true });
    baseUrl = `http://localhost:${await freePort()}/registry/`;
    server = spawn(
      process.execPath,
      ["--import", "tsx", "scripts/dev-server.ts", "--data", dataDir, "--out", path.join(work, "site")],
      { cwd: projectRoot, env: { ...process.env, SITE_URL: baseUrl }, stdio: ["ignore", "pipe", "pipe"] },
    );
    server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    await waitFor(/serving .* at /, 0);
  }, 90_000);

  afterAll(() => {
    server?.kill();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it("serves the built pages under the site's path prefix", async () => {
    expect(await page("organizations/sast/")).toContain("Shanghai Association for Science and Technology");
  });

  it("rebuilds after an edit, writing only what the edit changed", async () => {
    const from = output.length;
    const record = fs.readFileSync(recordFile, "utf8");
    fs.writeFileSync(
      recordFile,
      record.replace(
        '"Shanghai Association for Science and Technology"',
        '"Shanghai Association for Science and Technology (edited)"',
      ),
    );
    const [, written, total] = (await waitFor(
      /rebuilt in [\d.]+ s: (\d+) files written, \d+ removed, (\d+) in all/,
      from,
    ))!;
    expect(await page("organizations/sast/")).toContain("Shanghai Association for Science and Technology (edited)");
    expect(Number(written)).toBeGreaterThan(0);
    expect(Number(written)).toBeLessThan(Number(total) / 2);
  }, 60_000);

  it("names a contributor's mistake by file, line and column, and keeps serving the last good build", async () => {
    const from = output.length;
    fs.writeFileSync(recordFile, fs.readFileSync(recordFile, "utf8").replace('"kind":', '"kind" '));
    await waitFor(/not rebuilt: fix the errors above/, from);
    expect(output.slice(from)).toMatch(/sast\.json:\d+:\d+/);
    expect(output.slice(from)).not.toMatch(/internal error|\n\s+at /);
    expect(await page("organizations/sast/")).toContain("(edited)");
  }, 60_000);
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}
