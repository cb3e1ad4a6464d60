import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { generateTypes, generatedTypesPath } from "./gentypes.ts";

describe("generated types", () => {
  it("match the schemas (run `npm run gentypes` if this fails)", async () => {
    const current = fs.readFileSync(generatedTypesPath, "utf8");
    expect(current, "scripts/records/types.generated.ts is stale: run `npm run gentypes`").toBe(await generateTypes());
    expect(current).toMatch(/^\/\*\n \* GENERATED from schemas/);
  });
});
