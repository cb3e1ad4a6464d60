import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../project-paths.ts";
import { generateValidators } from "./generate-validators.ts";

describe("generated validators", () => {
  for (const { file, source } of generateValidators()) {
    it(`${file} matches the schemas (run \`npm run genvalidators\` if this fails)`, () => {
      const current = fs.readFileSync(path.join(projectRoot, file), "utf8");
      expect(current === source, `${file} is stale: run \`npm run genvalidators\``).toBe(true);
      expect(current).toMatch(/^\/\/ GENERATED from schemas/);
    });
  }
});
