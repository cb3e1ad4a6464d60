/**
 * The offset changes of time zones, asked of Temporal once each and kept. Temporal finds a change
 * by stepping two weeks at a time from where it is asked, and from any time before 1847 it starts
 * at 1847: asked again for every year of events before a zone's first change, or every year
 * after its last, it would walk the same centuries each time. Kept as spans of time whose changes
 * are all known, each answer costs Temporal at most one search, whatever the years asked for.
 */
import { Temporal } from "@js-temporal/polyfill";

/** A change of a zone's offset, in milliseconds since 1970 and offsets in seconds. */
export interface OffsetChange {
  at: number;
  from: number;
  to: number;
}

/** A span of time, inclusive at both ends, whose every change is known. */
interface Known {
  start: number;
  end: number;
}

/** One zone's offset changes, found as asked and kept: hold one per zone for as long as its answers are wanted. */
export class ZoneTransitions {
  /** Sorted and apart: touching spans are merged. */
  private known: Known[] = [];
  /** Every change found, sorted by time. */
  private readonly changes: OffsetChange[] = [];

  constructor(private readonly timeZone: string) {}

  /** The first change after an instant, or undefined when the offset then stays for good. */
  after(at: number): OffsetChange | undefined {
    const span = this.spanHolding(at);
    let from = at;
    if (span) {
      const next = this.changes[this.firstChangeAfter(at)];
      if (next && next.at <= span.end) return next;
      if (span.end === Infinity) return undefined;
      from = span.end;
    }
    // Temporal looks strictly after the instant it is given.
    const found = this.transition(from, "next");
    this.learn(from + 1, found?.at ?? Infinity, found);
    return found;
  }

  /** The last change at or before an instant, or undefined when the zone never changed before it. */
  atOrBefore(at: number): OffsetChange | undefined {
    const span = this.spanHolding(at);
    let to = at;
    if (span) {
      const last = this.changes[this.firstChangeAfter(at) - 1];
      if (last && last.at >= span.start) return last;
      if (span.start === -Infinity) return undefined;
      to = span.start - 1;
    }
    // Temporal looks strictly before the instant it is given: a millisecond later includes `to`.
    const found = this.transition(to + 1, "previous");
    this.learn(found?.at ?? -Infinity, to, found);
    return found;
  }

  private transition(at: number, direction: "next" | "previous"): OffsetChange | undefined {
    const change = Temporal.Instant.fromEpochMilliseconds(at)
      .toZonedDateTimeISO(this.timeZone)
      .getTimeZoneTransition(direction);
    if (!change) return undefined;
    const before = Temporal.Instant.fromEpochMilliseconds(change.epochMilliseconds - 1).toZonedDateTimeISO(
      this.timeZone,
    );
    return { at: change.epochMilliseconds, from: before.offsetNanoseconds / 1e9, to: change.offsetNanoseconds / 1e9 };
  }

  /** Records that the milliseconds from `start` to `end` hold no change but `found`. */
  private learn(start: number, end: number, found: OffsetChange | undefined): void {
    if (found && this.changes[this.firstChangeAfter(found.at) - 1]?.at !== found.at) {
      this.changes.splice(this.firstChangeAfter(found.at), 0, found);
    }
    const touching = this.known.filter((span) => span.end >= start - 1 && span.start <= end + 1);
    const merged = {
      start: Math.min(start, ...touching.map((span) => span.start)),
      end: Math.max(end, ...touching.map((span) => span.end)),
    };
    this.known = [...this.known.filter((span) => !touching.includes(span)), merged].sort((a, b) => a.start - b.start);
  }

  private spanHolding(at: number): Known | undefined {
    return this.known.find((span) => span.start <= at && at <= span.end);
  }

  /** The index of the first change later than `at`. */
  private firstChangeAfter(at: number): number {
    let low = 0;
    let high = this.changes.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.changes[middle]!.at <= at) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
