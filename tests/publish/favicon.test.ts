/**
 * Every page names the site's icon, so that browsers do not ask for /favicon.ico (which a site
 * under a path prefix cannot even serve), and the icon it names is published.
 */
import path from "node:path";
import * as parse5 from "parse5";
import { describe, expect, it } from "vitest";
import { listFiles, readTreeFile, realAtPrefix, realAtRoot, useBuiltTrees } from "./built-site.ts";

const trees = [realAtPrefix, realAtRoot];
const built = useBuiltTrees(trees);

describe.each(trees)("the site's icon ($name)", (spec) => {
  it("is linked from every page, as an SVG file the site publishes", () => {
    const tree = built.get(spec);
    const base = new URL(tree.baseUrl).pathname;
    const pages = listFiles(tree.dir).filter((file) => file.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(10);
    const icons = new Set<string>();
    for (const file of pages) {
      const links = [...readTreeFile(tree, file).matchAll(/<link rel="icon"[^>]*>/g)].map((match) => match[0]);
      expect(links, file).toHaveLength(1);
      const href = /href="([^"]+)"/.exec(links[0]!)?.[1] ?? "";
      expect(links[0], file).toContain('type="image/svg+xml"');
      expect(href.startsWith(base), `${file}: ${href} is under ${base}`).toBe(true);
      icons.add(href.slice(base.length));
    }
    expect(icons.size).toBe(1);
    const svg = parse5
      .parseFragment(readTreeFile(tree, [...icons][0]!))
      .childNodes.find((node) => node.nodeName === "svg") as { attrs: { name: string; value: string }[] } | undefined;
    expect(svg?.attrs.find((attr) => attr.name === "xmlns")?.value).toBe("http://www.w3.org/2000/svg");
    expect(path.extname([...icons][0]!)).toBe(".svg");
  });
});
