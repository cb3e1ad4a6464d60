/**
 * `npm run preview`: serves the built `_site/` at the address in SITE_URL (default
 * http://localhost:8080/), under its path prefix, as a static host would.
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import sirv from "sirv";
import { runCommand, UsageError, type CommandHelp } from "./command-line.ts";
import { argumentPath, defaultOutDir } from "./project-paths.ts";
import { readSiteConfig } from "./paths/site-config.ts";

/**
 * The media types of published files that sirv's table (mrmime) lacks (NDJSON, SQLite), gives only
 * vaguely (RSS feeds as any XML; JSON Schemas as any JSON, which some validators will not read as
 * a schema) or gets wrong (`.ts`, to it an MPEG transport stream): those the OpenAPI document
 * declares, and application/schema+json for the schemas. The text types say UTF-8, the encoding
 * of every file the build writes, as text/csv and text/calendar would otherwise default to US-ASCII.
 */
function publishedMediaType(pathname: string): string | undefined {
  if (pathname.endsWith(".schema.json")) return "application/schema+json";
  if (pathname.endsWith(".d.ts")) return "application/typescript; charset=utf-8";
  if (pathname.endsWith(".ndjson")) return "application/x-ndjson";
  if (pathname.endsWith(".csv")) return "text/csv; charset=utf-8";
  if (pathname.endsWith(".ics")) return "text/calendar; charset=utf-8";
  if (pathname.endsWith(".sqlite")) return "application/vnd.sqlite3";
  if (pathname.startsWith("/feeds/") && pathname.endsWith(".xml")) return "application/rss+xml; charset=utf-8";
  return undefined;
}

/** A server for a built tree, mounted at the site's path prefix; 404.html answers what is missing. */
export function createPreviewServer(root: string, pathPrefix: string): http.Server {
  const serve = sirv(root, {
    dev: true,
    etag: true,
    extensions: ["html"],
    setHeaders: (response, pathname) => {
      const type = publishedMediaType(pathname);
      if (type) response.setHeader("content-type", type);
    },
  });
  const notFound = path.join(root, "404.html");
  return http.createServer((request, response) => {
    const url = request.url ?? "/";
    if (!url.startsWith(pathPrefix)) {
      response.writeHead(302, { location: pathPrefix }).end();
      return;
    }
    request.url = `/${url.slice(pathPrefix.length)}`;
    serve(request, response, () => {
      response.writeHead(404, { "content-type": "text/html; charset=utf-8" });
      fs.createReadStream(notFound)
        .on("error", () => response.end("not found"))
        .pipe(response);
    });
  });
}

/**
 * Starts the server at the address of the site's base URL. A port that is taken or needs
 * privileges is a usage mistake, said in one line with what to do, not an unhandled error.
 */
export async function listenAt(server: http.Server, baseUrl: string): Promise<void> {
  const address = new URL(baseUrl);
  const port = Number(address.port || (address.protocol === "https:" ? 443 : 80));
  const host = address.hostname === "localhost" ? "127.0.0.1" : undefined;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  }).catch((error: NodeJS.ErrnoException) => {
    const another = "pick another port with SITE_URL, such as SITE_URL=http://localhost:8081/";
    if (error.code === "EADDRINUSE")
      throw new UsageError(`port ${port} is in use: stop what serves there, or ${another}`);
    if (error.code === "EACCES") throw new UsageError(`port ${port} needs privileges here: ${another}`);
    throw error;
  });
}

const help: CommandHelp = {
  usage: "npm run preview -- [--out DIR]",
  summary:
    "Serves a built site at $SITE_URL (default http://localhost:8080/), under its path prefix, as a static host would.",
  options: {
    "--out DIR": "the built site (default: _site/)",
  },
};

if (import.meta.url === `file://${process.argv[1]}`) {
  await runCommand(help, async () => {
    const { values } = parseArgs({ options: { out: { type: "string" } } });
    const root = values.out ? argumentPath(values.out) : defaultOutDir;
    if (!fs.existsSync(path.join(root, "index.html")))
      throw new UsageError(`no built site in ${root}: run \`npm run build\` first`);
    const site = readSiteConfig();
    await listenAt(createPreviewServer(root, site.pathPrefix), site.baseUrl);
    process.stdout.write(`serving ${path.relative(process.cwd(), root) || root} at ${site.baseUrl} (Ctrl+C to stop)\n`);
    await new Promise(() => {});
    return 0;
  });
}
