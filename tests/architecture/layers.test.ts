/**
 * Imports flow one way, as the README's layout table says: each folder of `scripts/` (and
 * `site/`) imports only the folders its row names. The table is the one statement of the order;
 * this test reads it, and every import of every module (tests beside the code aside, which may
 * reach for fixtures anywhere).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project-paths.ts";

/** Modules at the top of `scripts/` that every folder may use: they import no folder themselves. */
const foundation = ["scripts/command-line.ts", "scripts/project-paths.ts"];

/** The folders the README's layout table lists, each with the folders it may use (undefined: any). */
export function readLayerTable(readme: string): Map<string, Set<string> | undefined> {
  const layers = new Map<string, Set<string> | undefined>();
  for (const line of readme.split("\n")) {
    const cells = line.split("|").map((cell) => cell.trim());
    const folder = /^`((?:scripts\/)?[a-z0-9-]+)\/`$/.exec(cells[1] ?? "")?.[1];
    if (!folder || cells.length < 5 || !(folder.startsWith("scripts/") || folder === "site")) continue;
    const uses = cells[3]!;
    if (uses === "anything") layers.set(folder, undefined);
    else if (uses === "nothing") layers.set(folder, new Set());
    else layers.set(folder, new Set([...uses.matchAll(/`([a-z0-9-]+)`/g)].map((match) => `scripts/${match[1]}`)));
  }
  return layers;
}

/** Every module below a folder (tests beside the code aside), as paths relative to the project. */
function modulesIn(folder: string): string[] {
  return (fs.readdirSync(path.join(projectRoot, folder), { recursive: true }) as string[])
    .map((file) => path.join(folder, file).split(path.sep).join("/"))
    .filter((file) => /\.(ts|js|mjs)$/.test(file) && !/\.test(-support)?\.ts$/.test(file));
}

/** The project paths a module imports by relative path. */
export function relativeImports(file: string, text: string): string[] {
  return [...text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)].map((match) =>
    path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1]!)),
  );
}

/** The layer a project path belongs to: its folder under `scripts/`, `site`, or the path itself for a top-level module. */
function layerOf(target: string): string {
  const parts = target.split("/");
  if (parts[0] === "site") return "site";
  return parts[0] === "scripts" && parts.length > 2 ? `scripts/${parts[1]}` : target;
}

/** Each import that breaks the table, as `file imports target`. */
export function layerViolations(layers: Map<string, Set<string> | undefined>, files: Map<string, string>): string[] {
  const violations: string[] = [];
  for (const [file, text] of files) {
    const own = layerOf(file);
    const allowed = layers.get(own);
    if (allowed === undefined) continue;
    for (const target of relativeImports(file, text)) {
      const layer = layerOf(target);
      if (layer === own || foundation.includes(target) || allowed.has(layer)) continue;
      violations.push(`${file} imports ${target} (${own} uses ${[...allowed].join(", ") || "nothing"})`);
    }
  }
  return violations;
}

describe("the layers of scripts/", () => {
  const layers = readLayerTable(fs.readFileSync(path.join(projectRoot, "README.md"), "utf8"));

  it("are all in the README's layout table", () => {
    const folders = fs
      .readdirSync(path.join(projectRoot, "scripts"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `scripts/${entry.name}`);
    expect(folders.filter((folder) => !layers.has(folder))).toEqual([]);
    expect([...layers.keys()].filter((folder) => folder !== "site" && !folders.includes(folder))).toEqual([]);
  });

  it("import only the folders their row names", () => {
    const files = new Map<string, string>();
    for (const folder of [...layers.keys(), ...foundation]) {
      const modules = folder.endsWith(".ts") ? [folder] : modulesIn(folder);
      for (const file of modules) files.set(file, fs.readFileSync(path.join(projectRoot, file), "utf8"));
    }
    const foundationLayers = new Map([...layers, ...foundation.map((file) => [file, new Set<string>()] as const)]);
    expect(layerViolations(foundationLayers, files)).toEqual([]);
  });

  it("are told apart: a page module that imports the writer breaks them", () => {
    const page = "scripts/pages/organization-page.ts";
    const text = `import { SiteBuilder } from "../writer/site-builder.ts";\n`;
    expect(layerViolations(layers, new Map([[page, text]]))).toEqual([
      `${page} imports scripts/writer/site-builder.ts (scripts/pages uses ${[...layers.get("scripts/pages")!].join(", ")})`,
    ]);
  });
});
