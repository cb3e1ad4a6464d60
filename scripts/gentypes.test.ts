import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { generateApiTypes, generatedApiTypesPath, generateTypes, generatedTypesPath } from "./gentypes.ts";

describe("generated types", () => {
  it("match the schemas (run `npm run gentypes` if this fails)", async () => {
    const current = fs.readFileSync(generatedTypesPath, "utf8");
    expect(current, "scripts/records/types.generated.ts is stale: run `npm run gentypes`").toBe(await generateTypes());
    expect(current).toMatch(/^\/\*\n \* GENERATED from schemas/);
  });

  it("of the API's documents match the response schemas (run `npm run gentypes` if this fails)", async () => {
    const current = fs.readFileSync(generatedApiTypesPath, "utf8");
    expect(current, "scripts/contract/api-types.generated.ts is stale: run `npm run gentypes`").toBe(
      await generateApiTypes(),
    );
    expect(current).toMatch(
      /^\/\*\n \* Types of every JSON document [^]* GENERATED from the schemas by `npm run gentypes`/,
    );
  });
});
