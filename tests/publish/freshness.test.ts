/**
 * "Data updated" on the pages: on each home page the day the data last changed, as the API's entry
 * point says it, and on each record's page the day that record last changed, as its API document
 * says it; each in a `<time>` element whose `datetime` is that day.
 */
import { describe, expect, it } from "vitest";
import { collectionNames } from "../../scripts/records/collections.ts";
import { listFiles, readTreeFile, realAtPrefix, useBuiltTrees, type BuiltTree } from "./built-site.ts";

const built = useBuiltTrees([realAtPrefix]);

/** The `datetime` of each "Data updated" line on a page. */
const updatedDays = (tree: BuiltTree, file: string) =>
  [...readTreeFile(tree, file).matchAll(/<p class="data-updated">[^<]*<time datetime="([^"]+)">[^<]+<\/time>/g)].map(
    (match) => match[1],
  );

describe("data updated", () => {
  it("dates each home page by the data's last change", () => {
    const tree = built.get(realAtPrefix);
    const { updated } = JSON.parse(readTreeFile(tree, "api/v1/index.json")) as { updated: string };
    for (const file of ["index.html", "zh/index.html"])
      expect(updatedDays(tree, file), file).toEqual([updated.slice(0, 10)]);
  });

  it("dates each record's page by the record's last change, in both languages", () => {
    const tree = built.get(realAtPrefix);
    let pages = 0;
    for (const collection of collectionNames) {
      for (const file of listFiles(tree.dir).filter(
        (name) =>
          name.startsWith(`api/v1/${collection}/`) && /\/[^/]+\.json$/.test(name) && !name.endsWith("index.json"),
      )) {
        const { id, updated } = JSON.parse(readTreeFile(tree, file)) as { id?: string; updated?: string };
        if (!id || !updated) continue;
        for (const folder of ["", "zh/"]) {
          expect(updatedDays(tree, `${folder}${collection}/${id}/index.html`), `${folder}${collection}/${id}`).toEqual([
            updated.slice(0, 10),
          ]);
          pages++;
        }
      }
    }
    expect(pages).toBeGreaterThan(10);
  });
});
