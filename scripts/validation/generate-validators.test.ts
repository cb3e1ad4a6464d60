import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { generatedValidatorsPath } from "../genvalidators.ts";
import { generateValidators } from "./generate-validators.ts";

describe("generated validators", () => {
  it("match the schemas (run `npm run genvalidators` if this fails)", () => {
    const current = fs.readFileSync(generatedValidatorsPath, "utf8");
    expect(
      current === generateValidators(),
      "record-validators.generated.js is stale: run `npm run genvalidators`",
    ).toBe(true);
    expect(current).toMatch(/^\/\/ GENERATED from schemas/);
  });
});
