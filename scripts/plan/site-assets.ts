import fs from "node:fs";
import path from "node:path";
import type { PlannedFile } from "./planned-file.ts";

/** The site's static files (the stylesheet, the icon, the search page's script), copied as they are. */
export function siteAssets(templatesDir: string): PlannedFile[] {
  const dir = path.join(templatesDir, "assets");
  return fs.readdirSync(dir).map((name) => ({
    path: `assets/${name}`,
    kind: "asset",
    make: () => ({ content: fs.readFileSync(path.join(dir, name)) }),
  }));
}
