/**
 * An organization's page shows every relation its API document resolves: the events it took part
 * in or someone spoke for it at, and the sources it published, in English and in Chinese.
 */
import { describe, expect, it } from "vitest";
import { hostileAtPrefix, readTreeFile, realAtPrefix, useBuiltTrees, type BuiltTree } from "./built-site.ts";

const trees = [realAtPrefix, hostileAtPrefix];
const built = useBuiltTrees(trees);

interface Summary {
  id: string;
  links: { html: string };
}
interface OrganizationDocument {
  related: { events: { event: Summary }[]; speakerAt: Summary[]; published: Summary[] };
}

/** The links in one section of a page, by the id of its heading. */
function linksInSection(page: string, id: string): string[] {
  const section = new RegExp(`<section aria-labelledby="${id}-heading">([\\s\\S]*?)</section>`).exec(page)?.[1] ?? "";
  return [...section.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!);
}

/** A record page's path as the page in a language links it: below `zh/` for Chinese. */
function pagePath(tree: BuiltTree, html: string, folder: string): string {
  const base = new URL(tree.baseUrl).pathname;
  return `${base}${folder}${new URL(html).pathname.slice(base.length)}`;
}

describe.each(trees)("organization pages ($name)", (spec) => {
  it("link every event and published source that the API relates to the organization", () => {
    const tree = built.get(spec);
    let relationsSeen = 0;
    for (const id of tree.records.organizations.keys()) {
      const document = JSON.parse(readTreeFile(tree, `api/v1/organizations/${id}.json`)) as OrganizationDocument;
      const { events, speakerAt, published } = document.related;
      const eventPages = new Set([...events.map((item) => item.event), ...speakerAt].map((event) => event.links.html));
      relationsSeen += eventPages.size + published.length;
      for (const folder of ["", "zh/"]) {
        const page = readTreeFile(tree, `${folder}organizations/${id}/index.html`);
        const where = `${folder}organizations/${id}/`;
        expect(linksInSection(page, "events").sort(), `${where}: events`).toEqual(
          [...eventPages].map((html) => pagePath(tree, html, folder)).sort(),
        );
        expect(linksInSection(page, "published").sort(), `${where}: sources it published`).toEqual(
          published.map((source) => pagePath(tree, source.links.html, folder)).sort(),
        );
      }
    }
    expect(relationsSeen, "the data relates some organization to something").toBeGreaterThan(0);
  });
});

describe("an organization at an event only through someone who spoke for it", () => {
  it("has the event on its page, and says why, in both languages", () => {
    const tree = built.get(realAtPrefix);
    const english = readTreeFile(tree, "organizations/cast-department-of-international-affairs/index.html");
    expect(linksInSection(english, "events")).toHaveLength(1);
    expect(english).toContain("Speaker from this organization");
    expect(english).not.toContain("None recorded.");
    const chinese = readTreeFile(tree, "zh/organizations/cast-department-of-international-affairs/index.html");
    expect(chinese).toContain("本机构人员致辞");
  });
});
