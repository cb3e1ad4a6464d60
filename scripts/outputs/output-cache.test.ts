import { describe, expect, it } from "vitest";
import { cacheSlot, OutputCache } from "./output-cache.ts";

const perBuild = cacheSlot<object, string>("per build", "every build");
const forRebuilds = cacheSlot<object, string>("for rebuilds", "rebuilds");
const byName = cacheSlot<string, number>("by name", "every build");

describe("OutputCache", () => {
  it("keeps what every build asks for twice, and what only rebuilds ask for only in a builder that rebuilds", () => {
    const entry = {};
    const oneOff = new OutputCache(false);
    expect(oneOff.keep(perBuild, entry, "kept")).toBe("kept");
    expect(oneOff.keep(forRebuilds, entry, "made")).toBe("made");
    expect(oneOff.get(perBuild, entry)).toBe("kept");
    expect(oneOff.get(forRebuilds, entry)).toBeUndefined();

    const rebuilding = new OutputCache(true);
    rebuilding.keep(forRebuilds, entry, "kept");
    expect(rebuilding.get(forRebuilds, entry)).toBe("kept");
  });

  it("keeps values by name as well as by object, each slot apart", () => {
    const cache = new OutputCache(false);
    cache.keep(byName, "Asia/Shanghai", 8);
    expect(cache.get(byName, "Asia/Shanghai")).toBe(8);
    expect(cache.get(byName, "UTC")).toBeUndefined();
    expect(cache.get(perBuild, {})).toBeUndefined();
  });

  it("makes a value once, on the first call that finds none", () => {
    const cache = new OutputCache(false);
    let made = 0;
    const make = () => ++made;
    expect(cache.getOrKeep(byName, "UTC", make)).toBe(1);
    expect(cache.getOrKeep(byName, "UTC", make)).toBe(1);
    expect(made).toBe(1);
  });
});
