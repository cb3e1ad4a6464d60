import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "../../scripts/i18n/en.ts";
import { zhHans } from "../../scripts/i18n/zh-hans.ts";
import { projectRoot } from "../../scripts/project-paths.ts";
import { listFiles, readTreeFile, realAtPrefix, useBuiltTrees } from "./built-site.ts";

const built = useBuiltTrees([realAtPrefix]);

const alternatesOf = (html: string) =>
  Object.fromEntries(
    [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((match) => [
      match[1],
      match[2],
    ]),
  );

describe("English and Chinese pages", () => {
  it("exist for every English page under zh/, each linking the other with hreflang", () => {
    const tree = built.get(realAtPrefix);
    const english = listFiles(tree.dir).filter(
      (file) => file.endsWith(".html") && !file.startsWith("zh/") && file !== "404.html",
    );
    expect(english.length).toBeGreaterThan(10);
    for (const file of english) {
      const page = `${tree.baseUrl}${file.replace(/index\.html$/, "")}`;
      const chinese = `${tree.baseUrl}zh/${file.replace(/index\.html$/, "")}`;
      expect(alternatesOf(readTreeFile(tree, file)), file).toEqual({ en: page, "zh-Hans": chinese });
      expect(alternatesOf(readTreeFile(tree, `zh/${file}`)), `zh/${file}`).toEqual({ en: page, "zh-Hans": chinese });
      expect(readTreeFile(tree, `zh/${file}`)).toContain('<html lang="zh-Hans">');
    }
  });

  it("link the feeds of events and of changes from the home page's head, titled in the page's language", () => {
    const tree = built.get(realAtPrefix);
    const feedsOf = (html: string) =>
      [...html.matchAll(/<link rel="alternate" type="application\/rss\+xml" title="([^"]+)" href="([^"]+)">/g)].map(
        (match) => [match[1], match[2]],
      );
    expect(feedsOf(readTreeFile(tree, "index.html"))).toEqual([
      ["RSS feed: Events", `${tree.baseUrl}feeds/events.xml`],
      ["RSS feed: Changes", `${tree.baseUrl}feeds/changes.xml`],
    ]);
    expect(feedsOf(readTreeFile(tree, "zh/index.html"))).toEqual([
      ["RSS 订阅：活动", `${tree.baseUrl}feeds/events.xml`],
      ["RSS 订阅：修改记录", `${tree.baseUrl}feeds/changes.xml`],
    ]);
  });

  it("shows Chinese names beside the English, each marked with its language", () => {
    const tree = built.get(realAtPrefix);
    const english = readTreeFile(tree, "organizations/sast/index.html");
    expect(english).toContain("<h1>Shanghai Association for Science and Technology</h1>");
    expect(english).toContain('<span lang="zh-Hans">上海市科学技术协会</span>');
    const chinese = readTreeFile(tree, "zh/organizations/sast/index.html");
    expect(chinese).toContain("<h1>上海市科学技术协会</h1>");
    expect(chinese).toContain('<span lang="en">Shanghai Association for Science and Technology</span>');
  });

  it("marks English text on Chinese pages as English", () => {
    const tree = built.get(realAtPrefix);
    const chinese = readTreeFile(tree, "zh/organizations/lingang-special-area/index.html");
    expect(chinese).toContain(
      '<h1><span lang="en">Lin-gang Special Area of the China (Shanghai) Pilot Free Trade Zone</span></h1>',
    );
    expect(chinese).toMatch(/<p lang="en">A special area of the China \(Shanghai\) Pilot Free Trade Zone/);
  });
});

describe("the 404 page", () => {
  it("says so in English and in Chinese, the Chinese marked as such, with each language's lists", () => {
    const tree = built.get(realAtPrefix);
    // A static host serves this one page for every missing address, under zh/ too.
    expect(fs.existsSync(path.join(tree.dir, "zh/404.html"))).toBe(false);
    const page = readTreeFile(tree, "404.html");
    const base = new URL(tree.baseUrl).pathname;
    expect(page).toContain('<html lang="en">');
    expect(page).toContain(`<h1>${en.notFound.title} · <span lang="zh-Hans">${zhHans.notFound.title}</span></h1>`);
    expect(page).toContain(`<p>${en.notFound.text}</p>`);
    const chinese = /<div lang="zh-Hans">([\s\S]*?)<\/div>/.exec(page)?.[1] ?? "";
    expect(chinese).toContain(`<p>${zhHans.notFound.text}</p>`);
    expect(chinese).toContain(`<a href="${base}zh/organizations/">${zhHans.nav.organizations}</a>`);
    expect(page).toContain(`<a href="${base}organizations/">${en.nav.organizations}</a>`);
  });
});

describe("interface strings", () => {
  /** Words a template may spell itself: format names, commands and punctuation, not language. */
  const allowed = new Set(["CSV", "NDJSON", "GET", "curl -s", "-o", "CC0 1.0", "·", ";", ",", "(", ")", "[", "]"]);

  it("come from the message catalog, not from the templates", () => {
    const files = fs
      .readdirSync(path.join(projectRoot, "site"), { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(10);
    const words: string[] = [];
    for (const file of files) {
      const source = fs.readFileSync(path.join(projectRoot, "site", file), "utf8");
      // Text between tags, in the literal parts of template strings.
      for (const chunk of templateChunks(source)) {
        for (const [, text] of chunk.matchAll(/(?:^|>)([^<>]+)(?=<|$)/g)) {
          const word = text!.trim();
          // Attribute syntax left over where an interpolation splits a tag is not text.
          const attribute = /="|^"|"$/.test(word);
          if (word && !attribute && !allowed.has(word) && /\p{L}/u.test(word)) words.push(`${file}: ${word}`);
        }
      }
    }
    expect(words).toEqual([]);
  });
});

/** The literal parts of every html`…` template in a source file, nested ones included. */
function templateChunks(source: string): string[] {
  const chunks: string[] = [];
  // Each level is a template being read (kept when tagged html), or code inside one of its ${…}.
  type Level = { kind: "template"; html: boolean; text: string } | { kind: "code"; depth: number };
  const levels: Level[] = [];
  let quote: string | undefined;
  for (let i = 0; i < source.length; i++) {
    const character = source[i]!;
    const top = levels[levels.length - 1];
    if (top?.kind === "template") {
      if (character === "\\") {
        top.text += " ";
        i++;
      } else if (character === "`") {
        if (top.html) chunks.push(top.text);
        levels.pop();
      } else if (character === "$" && source[i + 1] === "{") {
        if (top.html) chunks.push(top.text);
        top.text = "";
        levels.push({ kind: "code", depth: 0 });
        i++;
      } else top.text += character;
      continue;
    }
    if (quote) {
      if (character === "\\") i++;
      else if (character === quote) quote = undefined;
      continue;
    }
    if (character === "/" && source[i + 1] === "/") i = source.indexOf("\n", i);
    else if (character === "/" && source[i + 1] === "*") i = source.indexOf("*/", i) + 1;
    else if (character === "'" || character === '"') quote = character;
    else if (character === "`") levels.push({ kind: "template", html: source.slice(i - 4, i) === "html", text: "" });
    else if (top?.kind === "code" && character === "{") top.depth++;
    else if (top?.kind === "code" && character === "}") {
      if (top.depth === 0) levels.pop();
      else top.depth--;
    }
    if (i < 0) break;
  }
  return chunks;
}
