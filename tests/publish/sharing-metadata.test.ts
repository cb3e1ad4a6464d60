/**
 * What a link preview shows when a page is shared: every page's Open Graph and Twitter card
 * metadata agree with the page itself (its title, description, canonical address and language),
 * and each home page describes the site as a schema.org WebSite whose search action opens the
 * search page of its language.
 */
import * as parse5 from "parse5";
import { describe, expect, it } from "vitest";
import { messages } from "../../scripts/i18n/messages.ts";
import { attribute, descendants, textOf, type HtmlNode } from "./html-nodes.ts";
import { hostileAtPrefix, listFiles, readTreeFile, realAtPrefix, useBuiltTrees, type BuiltTree } from "./built-site.ts";

const trees = [realAtPrefix, hostileAtPrefix];
const built = useBuiltTrees(trees);

/** A page's head as the facts a preview reads. */
function headOf(tree: BuiltTree, file: string) {
  const nodes = descendants(parse5.parse(readTreeFile(tree, file)) as HtmlNode);
  const meta = (key: "property" | "name", value: string) =>
    nodes
      .filter((node) => node.nodeName === "meta" && attribute(node, key) === value)
      .map((node) => attribute(node, "content"));
  return {
    lang: attribute(
      nodes.find((node) => node.nodeName === "html")!,
      "lang",
    ),
    title: textOf(nodes.find((node) => node.nodeName === "title")!),
    description: meta("name", "description")[0],
    canonical: attribute(
      nodes.find((node) => node.nodeName === "link" && attribute(node, "rel") === "canonical")!,
      "href",
    ),
    og: (property: string) => meta("property", `og:${property}`),
    twitterCard: meta("name", "twitter:card"),
    jsonLd: nodes
      .filter((node) => node.nodeName === "script" && attribute(node, "type") === "application/ld+json")
      .map((node) => JSON.parse(textOf(node)) as Record<string, unknown>),
  };
}

describe.each(trees)("sharing metadata ($name)", (spec) => {
  it("agrees with each page's title, description, address and language", () => {
    const tree = built.get(spec);
    const pages = listFiles(tree.dir).filter((file) => file.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const head = headOf(tree, file);
      const words = head.lang === "zh-Hans" ? messages["zh-Hans"] : messages.en;
      const [ogTitle] = head.og("title");
      expect(head.og("site_name"), file).toEqual([words.siteName]);
      // The title names the site after the page's own title, but on the home page, which is the site.
      expect([ogTitle, `${ogTitle} · ${words.siteName}`], file).toContain(head.title);
      expect(head.og("description"), file).toEqual([head.description]);
      expect(head.og("url"), file).toEqual([head.canonical]);
      expect(head.og("locale"), file).toEqual([head.lang === "zh-Hans" ? "zh_CN" : "en_US"]);
      expect(head.og("type"), file).toEqual(["website"]);
      expect(head.twitterCard, file).toEqual(["summary"]);
    }
  });

  it("names the other language's locale where the page has one", () => {
    const tree = built.get(spec);
    expect(headOf(tree, "events/index.html").og("locale:alternate")).toEqual(["zh_CN"]);
    expect(headOf(tree, "zh/events/index.html").og("locale:alternate")).toEqual(["en_US"]);
    // The not-found page is in one language only.
    expect(headOf(tree, "404.html").og("locale:alternate")).toEqual([]);
  });

  it("describes the site on each home page, with a search on the search page of its language", () => {
    const tree = built.get(spec);
    for (const [file, folder, locale] of [
      ["index.html", "", "en"],
      ["zh/index.html", "zh/", "zh-Hans"],
    ] as const) {
      const [website] = headOf(tree, file).jsonLd;
      expect(website, file).toMatchObject({
        "@type": "WebSite",
        url: `${tree.baseUrl}${folder}`,
        name: messages[locale].siteName,
        inLanguage: locale,
        potentialAction: {
          "@type": "SearchAction",
          target: { urlTemplate: `${tree.baseUrl}${folder}search/?q={search_term_string}` },
        },
      });
    }
  });
});
