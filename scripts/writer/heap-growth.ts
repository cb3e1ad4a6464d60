import v8 from "node:v8";

/**
 * Lets the heap of a process that builds grow by at most twice what the last full collection
 * found alive. A build allocates much that lives a few records long and is then promoted; full
 * collections of its heap are fast, so V8 would let the heap grow up to four times the live
 * data before the next one: at 30,000 generated records, 140 MB alive but 860 MB resident
 * (`--trace-gc`). With a factor of two, 600 MB, in about the same time; with 1.5, 520 MB and a
 * quarter slower (docs/performance.md). Called first by each command that builds, as a V8 flag
 * set once the process runs only governs the collections that follow.
 */
export function limitHeapGrowth(): void {
  v8.setFlagsFromString("--heap-growing-percent=100");
}
