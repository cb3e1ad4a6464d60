import { collectionNames, type CollectionName } from "../../records/collections.ts";
import { compareCodePoints } from "../../text/code-point-order.ts";
import type { LoadedRecord } from "../dataset.ts";
import type { Rule } from "../rule.ts";

type LinkName = "parent" | "successor";

export const noCycles: Rule = {
  name: "no-cycles",
  description: "Following parents, or successors, from any record ends somewhere instead of going round in a loop.",
  scope: "dataset",
  check({ dataset }, report) {
    for (const collection of collectionNames) {
      for (const link of ["parent", "successor"] as const) {
        for (const cycle of findCycles(dataset.records[collection], link)) {
          const [first] = cycle;
          const path = [...cycle, first!].map((record) => record.id).join(" → ");
          report(first!, `/${link}`, `${link} chain goes round in a loop: ${path}`);
        }
      }
    }
  },
};

/** Each cycle once, starting from its id that sorts first. */
function findCycles(records: ReadonlyMap<string, LoadedRecord<CollectionName>>, link: LinkName): LoadedRecord[][] {
  const next = (record: LoadedRecord) => {
    const target = (record.value as { [key in LinkName]?: string })[link];
    return target === undefined ? undefined : records.get(target);
  };
  const state = new Map<string, "visiting" | "done">();
  const cycles: LoadedRecord[][] = [];
  for (const start of records.values()) {
    const chain: LoadedRecord[] = [];
    let current: LoadedRecord | undefined = start;
    while (current && !state.has(current.id)) {
      state.set(current.id, "visiting");
      chain.push(current);
      current = next(current);
    }
    if (current && state.get(current.id) === "visiting") {
      const cycle = chain.slice(chain.indexOf(current));
      const firstIndex = cycle.reduce(
        (best, record, index) => (compareCodePoints(record.id, cycle[best]!.id) < 0 ? index : best),
        0,
      );
      cycles.push([...cycle.slice(firstIndex), ...cycle.slice(0, firstIndex)]);
    }
    for (const record of chain) state.set(record.id, "done");
  }
  return cycles;
}
