/**
 * A fresh build of a data folder, served on a free loopback port under a path prefix, for the
 * commands and checks that look at the pages as a browser does (screenshots, Lighthouse). The
 * site is built for the very address it is served at, so that its absolute links work.
 */
import fs from "node:fs";
import type http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { readSiteConfig } from "./paths/site-config.ts";
import { createPreviewServer } from "./preview.ts";
import { buildSite } from "./writer/site-builder.ts";

export interface ServedBuild {
  /** The site's base URL, such as `http://127.0.0.1:40123/`. */
  baseUrl: string;
  dir: string;
  /** Stops the server and removes the build. */
  close(): Promise<void>;
}

export async function serveFreshBuild(dataDir: string, pathPrefix = "/"): Promise<ServedBuild> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "registry-served-"));
  const dir = path.join(scratch, "site");
  const server = createPreviewServer(dir, pathPrefix);
  const close = async () => {
    await closeServer(server);
    fs.rmSync(scratch, { recursive: true, force: true });
  };
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", resolve);
    });
    const { port } = server.address() as AddressInfo;
    const site = readSiteConfig(`http://127.0.0.1:${port}${pathPrefix}`);
    const result = await buildSite({ dataDir, outDir: dir, site });
    if (!result.ok) throw new Error(`the build of ${dataDir} failed: ${JSON.stringify(result).slice(0, 2000)}`);
    return { baseUrl: site.baseUrl, dir, close };
  } catch (error) {
    await close();
    throw error;
  }
}

function closeServer(server: http.Server): Promise<void> {
  if (!server.listening) return Promise.resolve();
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
