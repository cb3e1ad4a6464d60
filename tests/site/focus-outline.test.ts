/**
 * The focus outline must stand out from what it is drawn on (WCAG 1.4.11, 3:1): the page and the
 * grey panels, in the light and the dark colour scheme, as the stylesheet's colours define them.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project-paths.ts";

const stylesheet = fs.readFileSync(path.join(projectRoot, "site/assets/site.css"), "utf8");

/** The custom properties set in a block of declarations, such as `--focus: #9a6700`. */
function customProperties(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((match) => [match[1]!, match[2]!.trim()]),
  );
}

/** The colours of each scheme: the light ones on :root, with the dark scheme's changes over them. */
function schemeColours(): Record<"light" | "dark", Record<string, string>> {
  const light = /^:root\s*\{([^}]*)\}/m.exec(stylesheet)?.[1];
  const dark = /@media \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(stylesheet)?.[1];
  if (!light || !dark) throw new Error("site.css: no :root block for the light or the dark scheme");
  return { light: customProperties(light), dark: { ...customProperties(light), ...customProperties(dark) } };
}

/** WCAG's relative luminance of a colour written #rrggbb. */
function luminance(colour: string): number {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour)?.[1];
  if (!hex) throw new Error(`not a #rrggbb colour: ${colour}`);
  const [red, green, blue] = [0, 2, 4].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

function contrast(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

describe("the focus outline", () => {
  const schemes = schemeColours();

  it.each(["light", "dark"] as const)("has 3:1 against the page and the panels in the %s scheme", (scheme) => {
    const colours = schemes[scheme];
    for (const background of ["--background", "--surface"]) {
      const ratio = contrast(colours["--focus"]!, colours[background]!);
      expect(ratio, `--focus ${colours["--focus"]} on ${background} ${colours[background]}`).toBeGreaterThanOrEqual(3);
    }
  });

  it("is the colour every focused element is outlined in", () => {
    expect(stylesheet).toMatch(/:focus-visible\s*\{\s*outline:\s*3px solid var\(--focus\);/);
  });
});
