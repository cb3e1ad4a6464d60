import { describe, expect, it } from "vitest";
import type { ChangeEntry } from "./registry-history.ts";
import { sightingKey, valueSightings } from "./value-sightings.ts";

const change = (commit: string, kind: ChangeEntry["change"], record: object): ChangeEntry => ({
  commit,
  date: `2024-01-0${commit}T00:00:00Z`,
  collection: "organizations",
  id: "lab",
  change: kind,
  fields: [],
  record,
});

describe("valueSightings", () => {
  const changes = [
    change("1", "added", { id: "lab", kind: "association", status: "active", names: { display: { en: "Lab" } } }),
    change("2", "changed", { id: "lab", kind: "other", status: "active", names: { display: { en: "Lab" } } }),
    change("3", "changed", { id: "lab", kind: "association", status: "active", names: { display: "Lab" } }),
    change("4", "removed", { id: "lab", kind: "academy" }),
  ];
  const sightings = valueSightings("organizations", changes);
  const at = (commit: string) => ({ commit, date: `2024-01-0${commit}T00:00:00Z` });

  it("gives each value the first and the latest change of the record that held it", () => {
    expect(sightings.get(sightingKey("/status", "active"))).toEqual({ first: at("1"), last: at("3") });
    expect(sightings.get(sightingKey("/kind", "other"))).toEqual({ first: at("2"), last: at("2") });
  });

  it("counts a value held, dropped and held again from its first sighting", () => {
    expect(sightings.get(sightingKey("/kind", "association"))).toEqual({ first: at("1"), last: at("3") });
  });

  it("takes text written before it was localized for the same English text, and sees nothing in a removal", () => {
    expect(sightings.get(sightingKey("/names/display/en", "Lab"))).toEqual({ first: at("1"), last: at("3") });
    expect(sightings.has(sightingKey("/kind", "academy"))).toBe(false);
  });
});
