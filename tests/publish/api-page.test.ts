/**
 * The API page, in each language, leads code generators to the self-contained OpenAPI document and
 * the types, and says what the static host does that a client has to know.
 */
import { describe, expect, it } from "vitest";
import { en } from "../../scripts/i18n/en.ts";
import { zhHans } from "../../scripts/i18n/zh-hans.ts";
import { escapeHtml } from "../../scripts/text/escape-html.ts";
import { readTreeFile, realAtPrefix, useBuiltTrees } from "./built-site.ts";

const built = useBuiltTrees([realAtPrefix]);
const pages = [
  ["en", "api/index.html", en],
  ["zh-Hans", "zh/api/index.html", zhHans],
] as const;

describe("the API page", () => {
  it.each(pages)("%s: links the OpenAPI bundle and the TypeScript types, saying what each is for", (_, file, words) => {
    const tree = built.get(realAtPrefix);
    const page = readTreeFile(tree, file);
    const described: [string, string][] = [
      ["api/v1/openapi.bundle.json", words.apiPage.describes.openapiBundle],
      ["api/v1/types.d.ts", words.apiPage.describes.types],
    ];
    for (const [path, text] of described) {
      expect(page).toContain(`<h3><code>GET ${tree.baseUrl}${path}</code></h3>\n<p>${escapeHtml(text)}</p>`);
      expect(page).toContain(`<code>curl -s ${tree.baseUrl}${path}</code>`);
    }
  });

  it.each(pages)("%s: says that the host allows any origin, and that a 404 is an HTML page", (_, file, words) => {
    const page = readTreeFile(built.get(realAtPrefix), file);
    const { hosting, hostingCors, hostingNotFound } = words.apiPage;
    expect(page).toContain(
      `<h2>${hosting}</h2>\n<p>${escapeHtml(hostingCors)}</p>\n<p>${escapeHtml(hostingNotFound)}</p>`,
    );
    expect(hostingCors).toContain("Access-Control-Allow-Origin: *");
    expect(hostingCors).toContain("application/json");
    expect(hostingNotFound).toContain("404");
    expect(hostingNotFound).toContain("HTML");
  });
});
