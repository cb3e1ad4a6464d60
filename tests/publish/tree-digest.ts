import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** Every file under a folder, relative and sorted, with the SHA-256 of its bytes. */
export function treeDigest(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(path.relative(root, full), createHash("sha256").update(fs.readFileSync(full)).digest("hex"));
    }
  };
  walk(root);
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}
