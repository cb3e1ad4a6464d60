import { Temporal } from "@js-temporal/polyfill";
import { describe, expect, it } from "vitest";
import { ZoneTransitions } from "./zone-transitions.ts";

/** Temporal's own answer, asked afresh. */
function temporalChange(timeZone: string, at: number, direction: "next" | "previous"): number | undefined {
  return (
    Temporal.Instant.fromEpochMilliseconds(at).toZonedDateTimeISO(timeZone).getTimeZoneTransition(direction)
      ?.epochMilliseconds ?? undefined
  );
}

/** Instants in an order that jumps back and forth, so that kept answers are asked from every side. */
function shuffledInstants(): number[] {
  const instants: number[] = [];
  for (let year = 1000; year <= 9999; year += 397) {
    for (const month of [1, 3, 11]) {
      instants.push(Temporal.ZonedDateTime.from({ year, month, day: 5, timeZone: "UTC" }).epochMilliseconds);
    }
  }
  for (const year of [1883, 1924, 1991, 2006, 2007, 2021, 2022, 2024, 2025]) {
    for (const month of [1, 3, 4, 10, 11]) {
      instants.push(Temporal.ZonedDateTime.from({ year, month, day: 9, timeZone: "UTC" }).epochMilliseconds);
    }
  }
  return instants
    .map((at, index) => ({ at, key: (index * 7919) % instants.length }))
    .sort((a, b) => a.key - b.key)
    .map(({ at }) => at);
}

describe("zoneTransitions", () => {
  it.each(["America/New_York", "America/Mexico_City", "Asia/Shanghai", "Asia/Almaty", "Australia/Sydney", "UTC"])(
    "gives Temporal's answers for %s, asked in any order",
    (timeZone) => {
      const transitions = new ZoneTransitions(timeZone);
      for (const at of shuffledInstants()) {
        expect(transitions.after(at)?.at, `after ${new Date(at).toISOString()}`).toBe(
          temporalChange(timeZone, at, "next"),
        );
        expect(transitions.atOrBefore(at)?.at, `at or before ${new Date(at).toISOString()}`).toBe(
          temporalChange(timeZone, at + 1, "previous"),
        );
      }
    },
  );

  it("counts a change at the very instant asked as at or before it, not after it", () => {
    const transitions = new ZoneTransitions("America/New_York");
    const change = Temporal.ZonedDateTime.from("2024-03-10T03:00:00-04:00[America/New_York]").epochMilliseconds;
    expect(transitions.after(change - 1)).toEqual({ at: change, from: -5 * 3600, to: -4 * 3600 });
    expect(transitions.atOrBefore(change)?.at).toBe(change);
    expect(transitions.after(change)?.at).toBeGreaterThan(change);
    expect(transitions.atOrBefore(change - 1)?.at).toBeLessThan(change);
  });
});
