/**
 * Support for the real-browser checks: builds the real data and the hostile fixture data into
 * temporary folders, serves each under the `/registry/` path prefix on a loopback port (the
 * site is built for that very address, so absolute links work), and launches one headless
 * Chromium per test file.
 *
 * Chromium comes from Debian (`npm test` installs it, see scripts/install-test-tools.ts), never
 * from `npx playwright install`. Set REGISTRY_SKIP_BROWSER_TESTS=1 to skip these checks on a
 * machine without it; CI never sets it.
 */
import fs from "node:fs";
import type http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { afterAll, beforeAll, describe } from "vitest";
import { projectRoot } from "../../scripts/project-paths.ts";
import { createPreviewServer } from "../../scripts/preview.ts";
import { buildSite } from "../../scripts/writer/site-builder.ts";
import { readSiteConfig } from "../../scripts/paths/site-config.ts";
import { browserTestsSkipped, chromiumPath } from "../../scripts/test-tools.ts";

export { browserTestsSkipped, chromiumPath };

export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

if (browserTestsSkipped) {
  console.warn(
    "REGISTRY_SKIP_BROWSER_TESTS=1: skipping the real-browser tests (tests/browser). CI runs them; unset the variable to run them here.",
  );
}

/** `describe`, skipped (with the message above) when REGISTRY_SKIP_BROWSER_TESTS=1. */
export const describeInBrowser = describe.skipIf(browserTestsSkipped);

/** The path prefix the trees are served under, as on a project page of a static host. */
export const pathPrefix = "/registry/";

/** The data each tree is built from. */
export const treeData = {
  real: path.join(projectRoot, "data"),
  hostile: path.join(projectRoot, "tests/fixtures/hostile"),
} as const;
export type TreeName = keyof typeof treeData;

/**
 * The languages whose pages are checked, and the folder each one's pages live in. To check the
 * Chinese pages unconditionally, add "zh" to `checkedLocales`; until then they are checked as
 * soon as a built tree holds `zh/index.html`.
 */
export const checkedLocales: readonly LocaleName[] = ["en", "zh"];
export const localeFolders = { en: "", zh: "zh/" } as const;
export type LocaleName = keyof typeof localeFolders;

/** One page of every template. Record ids are permanent, so these pages keep existing. */
export const sitePages: readonly SitePage[] = [
  { name: "home", tree: "real", path: "" },
  { name: "organizations list", tree: "real", path: "organizations/" },
  { name: "organization", tree: "real", path: "organizations/international-sci-tech-organizations-cluster/" },
  // Cited facts: each one's numbered source links follow other links on the line.
  { name: "organization with cited links", tree: "real", path: "organizations/cast/" },
  { name: "events list", tree: "real", path: "events/" },
  { name: "event", tree: "real", path: "events/cluster-unveiling-ceremony-2023/" },
  { name: "sources list", tree: "real", path: "sources/" },
  { name: "source", tree: "real", path: "sources/cast-2023-11-17-new-sci-tech-cluster/" },
  { name: "API", tree: "real", path: "api/" },
  { name: "about", tree: "real", path: "about/" },
  { name: "search", tree: "real", path: "search/" },
  // A path that does not exist: the server answers with 404.html and status 404.
  { name: "404", tree: "real", path: "no-such-page/", status: 404 },
  { name: "hostile organization", tree: "hostile", path: "organizations/hostile-org/" },
  { name: "hostile event", tree: "hostile", path: "events/hostile-event/" },
  { name: "hostile source", tree: "hostile", path: "sources/hostile-source/" },
  // The hostile tree's lists hold one record a page (see `treeListPageSize`): a page after the first.
  { name: "organizations list, page 2", tree: "hostile", path: "organizations/page/2/" },
];

/** Records per list page, for a tree whose lists should run over several pages. */
const treeListPageSize: Partial<Record<TreeName, number>> = { hostile: 1 };

export interface SitePage {
  name: string;
  tree: TreeName;
  /** The path below the site root (and below the language's folder), without a leading `/`. */
  path: string;
  /** The HTTP status the page is served with; 200 unless given. */
  status?: number;
}

/** A page to open: a site page in one language, with its address on the running server. */
export interface CheckedPage {
  /** Such as `organization (en)`, for test messages. */
  label: string;
  locale: LocaleName;
  page: SitePage;
  url: string;
  status: number;
}

export interface ServedTree {
  name: TreeName;
  dir: string;
  /** The site's base URL, ending in `/registry/`. */
  baseUrl: string;
  server: http.Server;
}

export interface BrowserSite {
  browser: Browser;
  tree(name: TreeName): ServedTree;
  /** The address of a site path in a tree, such as `events/` (English unless a locale is given). */
  url(tree: TreeName, sitePath: string, locale?: LocaleName): string;
  /** Every page of `sitePages` in every checked language (see `checkedLocales`). */
  pages(): CheckedPage[];
}

/** The message when Chromium is missing: how to install it. */
export const missingChromiumMessage =
  `Chromium is not installed at ${chromiumPath}, and the browser tests (tests/browser) need it. ` +
  "`npm test` installs it on Debian and Ubuntu (`npm run test:tools` alone does only that), or install it with " +
  "`sudo apt-get install -y chromium`. Do not use `npx playwright install`. " +
  "To skip these tests on this machine only, set REGISTRY_SKIP_BROWSER_TESTS=1.";

/** How the trees are built, when not as usual. */
export interface BuildChoices {
  searchShardRecords?: number;
  /** Another data folder for a tree than its `treeData` one, such as a changed copy of it. */
  data?: Partial<Record<TreeName, string>>;
}

/**
 * Builds and serves the trees (both unless told) and launches Chromium in `beforeAll`; closes
 * and removes everything in `afterAll`. Call it inside a `describeInBrowser` block.
 */
export function useBrowserSite(
  treeNames: readonly TreeName[] = ["real", "hostile"],
  build: BuildChoices = {},
): BrowserSite {
  const trees = new Map<TreeName, ServedTree>();
  let browser: Browser | undefined;
  let scratch = "";

  const site: BrowserSite = {
    get browser() {
      if (!browser) throw new Error("the browser is not running (did beforeAll fail?)");
      return browser;
    },
    tree(name) {
      const tree = trees.get(name);
      if (!tree) throw new Error(`tree ${name} is not served (did beforeAll fail?)`);
      return tree;
    },
    url: (tree, sitePath, locale = "en") => `${site.tree(tree).baseUrl}${localeFolders[locale]}${sitePath}`,
    pages() {
      const locales = new Set(checkedLocales);
      for (const locale of Object.keys(localeFolders) as LocaleName[]) {
        const folder = localeFolders[locale];
        if (folder && fs.existsSync(path.join(site.tree("real").dir, folder, "index.html"))) locales.add(locale);
      }
      return [...locales].flatMap((locale) =>
        sitePages.map((page) => ({
          label: `${page.name} (${locale})`,
          locale,
          page,
          url: site.url(page.tree, page.path, locale),
          status: page.status ?? 200,
        })),
      );
    },
  };

  beforeAll(async () => {
    if (!fs.existsSync(chromiumPath)) throw new Error(missingChromiumMessage);
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "registry-browser-"));
    const launching = launchChromium();
    try {
      for (const name of treeNames) trees.set(name, await serveTree(scratch, name, build));
    } finally {
      browser = await launching;
    }
  });

  afterAll(async () => {
    await browser?.close();
    await Promise.all([...trees.values()].map((tree) => closeServer(tree.server)));
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });

  return site;
}

/** Starts a server on a free loopback port, then builds the tree for that address into its root. */
async function serveTree(scratch: string, name: TreeName, build: BuildChoices): Promise<ServedTree> {
  const dir = path.join(scratch, name, "site");
  const server = createPreviewServer(dir, pathPrefix);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  const config = readSiteConfig(`http://127.0.0.1:${port}${pathPrefix}`);
  const result = await buildSite({
    dataDir: build.data?.[name] ?? treeData[name],
    outDir: dir,
    site: config,
    ...(build.searchShardRecords ? { searchShardRecords: build.searchShardRecords } : {}),
    ...(treeListPageSize[name] ? { listPageSize: treeListPageSize[name] } : {}),
  });
  if (!result.ok) {
    await closeServer(server);
    throw new Error(`the build of the ${name} tree failed: ${JSON.stringify(result).slice(0, 2000)}`);
  }
  return { name, dir, baseUrl: config.baseUrl, server };
}

function closeServer(server: http.Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/**
 * Starts Debian's Chromium headless. `env` adds to the environment it runs in, such as a
 * `FONTCONFIG_FILE` that gives it other fonts than the machine's.
 */
export function launchChromium(env: Record<string, string> = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
    env: { ...definedEnvironment(), ...env },
  });
}

/**
 * An environment for `launchChromium` whose font configuration has DejaVu alone (Latin, Greek and
 * Cyrillic), as on many servers and minimal desktops: no font for Chinese. The configuration is
 * written into `scratch`.
 */
export function withoutCjkFonts(scratch: string): Record<string, string> {
  const file = path.join(scratch, "fonts-without-cjk.conf");
  fs.writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>/usr/share/fonts/truetype/dejavu</dir>
  <cachedir>${path.join(scratch, "font-cache")}</cachedir>
</fontconfig>
`,
  );
  return { FONTCONFIG_FILE: file };
}

/** A new page in a new context (AxeBuilder needs one from `browser.newContext()`). */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  return context.newPage();
}

/** Opens a page, waits for `load`, and checks the HTTP status it was served with. */
export async function visit(page: Page, target: CheckedPage): Promise<void> {
  const response = await page.goto(target.url, { waitUntil: "load" });
  if (!response) throw new Error(`${target.label}: no response for ${target.url}`);
  if (response.status() !== target.status) {
    throw new Error(`${target.label}: ${target.url} answered ${response.status()}, expected ${target.status}`);
  }
}

/**
 * What goes wrong on a page from now on, one line each: console errors, uncaught exceptions,
 * failed requests and error statuses. `target` names the page being visited, when it can be
 * the 404 page, whose own status and console message are then deliberate.
 */
export function watchProblems(page: Page, target?: () => CheckedPage): string[] {
  const problems: string[] = [];
  const isDeliberate404 = (url: string) => {
    const visited = target?.();
    return visited?.status === 404 && url === visited.url;
  };
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const where = message.location().url;
    if (isDeliberate404(where) && /status of 404/.test(message.text())) return;
    problems.push(`console error: ${message.text()} (${where})`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on("requestfailed", (request) => {
    const error = request.failure()?.errorText ?? "unknown";
    // Chromium fetches a page's icon after `load`, and cancels the fetch when the next page is
    // opened: the test moved on, the site did nothing wrong. A missing icon is still an HTTP error.
    if (error === "net::ERR_ABORTED" && request.url().endsWith("/assets/favicon.svg")) return;
    problems.push(`request failed: ${request.url()} (${error})`);
  });
  page.on("response", (response) => {
    if (response.status() < 400) return;
    if (isDeliberate404(response.url()) && response.request().isNavigationRequest()) return;
    problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/**
 * The few DOM types the in-page callbacks use: the project type-checks against Node alone,
 * without the DOM library, so each test file declares `document` with these, in its own scope.
 */
export interface DomElement {
  localName: string;
  id: string;
  textContent: string | null;
  classList: Iterable<string>;
  children: Iterable<DomElement>;
  getAttribute(name: string): string | null;
  closest(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
  getBoundingClientRect(): { top: number; bottom: number; right: number };
}
export interface DomDocument {
  activeElement: DomElement | null;
  body: DomElement;
  documentElement: DomElement & { scrollWidth: number; clientWidth: number };
  querySelector(selector: string): DomElement | null;
}

/** The process's environment without unset variables, as Playwright takes it. */
function definedEnvironment(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}
