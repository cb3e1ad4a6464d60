import { describe, expect, it } from "vitest";
import { isAtOrBeneath } from "./json-pointer.ts";

describe("isAtOrBeneath", () => {
  it("holds for the field itself and for pointers beneath it", () => {
    expect(isAtOrBeneath("/location", "/location")).toBe(true);
    expect(isAtOrBeneath("/location/city", "/location")).toBe(true);
    expect(isAtOrBeneath("/names/display/zh-Hans", "/names")).toBe(true);
  });

  it("does not hold for a field whose name only begins the same, nor for a field above", () => {
    expect(isAtOrBeneath("/locations", "/location")).toBe(false);
    expect(isAtOrBeneath("/location", "/location/city")).toBe(false);
    expect(isAtOrBeneath("/kind", "/location")).toBe(false);
  });
});
