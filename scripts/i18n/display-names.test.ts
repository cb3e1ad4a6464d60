import { describe, expect, it } from "vitest";
import { displayName } from "./display-names.ts";

describe("displayName", () => {
  it("names countries and languages in the language asked for", () => {
    expect(displayName("region", "CN", "en")).toBe("China");
    expect(displayName("region", "CN", "zh-Hans")).toBe("中国");
    expect(displayName("language", "zh-Hans", "en")).toBe("Simplified Chinese");
  });

  it("keeps each kind and language apart when the same code is asked for again", () => {
    expect(displayName("region", "DE", "en")).toBe("Germany");
    expect(displayName("region", "DE", "zh-Hans")).toBe("德国");
    expect(displayName("language", "de", "en")).toBe("German");
    expect(displayName("region", "DE", "en")).toBe("Germany");
  });
});
