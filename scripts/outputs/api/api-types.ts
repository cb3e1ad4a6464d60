import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../../project-paths.ts";

/**
 * The TypeScript types of the API's documents, as published at `api/v1/types.d.ts`: the file
 * `npm run gentypes` writes from the response schemas, as it is. They change only with the
 * schemas, so they are made with them and checked in, not made by every build.
 */
export function apiTypesText(): string {
  return fs.readFileSync(path.join(projectRoot, "scripts/contract/api-types.generated.ts"), "utf8");
}
