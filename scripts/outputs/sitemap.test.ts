import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildCatalog } from "../catalog/catalog.ts";
import { readHistorySource } from "../history/record-dates.ts";
import { locales } from "../i18n/messages.ts";
import { listPaging } from "../paths/list-paging.ts";
import { defaultDataDir as dataDir } from "../project-paths.ts";
import { readSiteConfig } from "../paths/site-config.ts";
import { validateDataset } from "../validation/validate-dataset.ts";
import { contentPieces } from "./output.ts";
import { outputContext } from "./output-context.ts";
import { sitePaths } from "../paths/site-paths.ts";
import { sitemapFiles } from "./sitemap.ts";

describe("sitemapFiles", () => {
  const site = readSiteConfig();
  const catalog = buildCatalog(validateDataset({ dataDir }).dataset, readHistorySource(dataDir));
  const texts = (urlsPerFile?: number, paging = listPaging(catalog)) =>
    sitemapFiles(outputContext(site, catalog), locales, paging, urlsPerFile).map(({ sitePath, content }) => ({
      sitePath,
      text: Buffer.concat([...contentPieces(content)].map((piece) => Buffer.from(piece))).toString(),
    }));
  const locs = (text: string) => [...text.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]);

  it("splits the URLs into files of at most the given number, in order, each well-formed per xmllint", () => {
    const [whole, ...none] = texts().slice(1);
    expect(none).toEqual([]);
    const all = locs(whole!.text);
    // Small files, so that one holds the end of one language and the start of the next.
    const [index, ...files] = texts(5);
    expect(files).toHaveLength(Math.ceil(all.length / 5));
    expect(files.every((file) => locs(file.text).length <= 5)).toBe(true);
    expect(files.flatMap((file) => locs(file.text))).toEqual(all);
    expect(new Set(all).size).toBe(all.length);
    expect(locs(index!.text)).toEqual(files.map((file) => `${site.baseUrl}${file.sitePath}`));

    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "sitemaps-"));
    try {
      const written = [index!, ...files].map((file, number) => {
        const target = path.join(folder, `${number}.xml`);
        fs.writeFileSync(target, file.text);
        return target;
      });
      const run = spawnSync("xmllint", ["--noout", ...written], { encoding: "utf8" });
      expect(run.stderr, `xmllint reported:\n${run.stderr}`).toBe("");
      expect(run.status).toBe(0);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it("lists every page of every list, after the list's first page", () => {
    const [, whole] = texts(undefined, listPaging(catalog, 2));
    const english = locs(whole!.text).filter((loc) => !loc!.startsWith(`${site.baseUrl}zh/`));
    const organizationPages = Math.ceil(catalog.liveIds.organizations.length / 2);
    expect(organizationPages).toBeGreaterThan(1);
    const first = english.indexOf(`${site.baseUrl}organizations/`);
    expect(english.slice(first, first + organizationPages)).toEqual(
      Array.from(
        { length: organizationPages },
        (_, index) => `${site.baseUrl}${sitePaths.collectionPage("organizations", index + 1)}`,
      ),
    );
  });
});
