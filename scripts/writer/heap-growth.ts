import v8 from "node:v8";

/**
 * Lets the heap of a process that builds grow by at most half again what the last full
 * collection found alive. A build allocates much that lives a few records long and is then
 * promoted; full collections of its heap are fast, so V8 would let the heap grow to several times
 * the live data before the next one. At 100,000 records about 370 MB stay alive to the end, and
 * the files made last (the statements, the list pages) fill the heap with what they promote: the
 * build peaked at 1,116 MB with a factor of 2 and at 915–927 MB with 1.5, in the same time
 * (docs/performance.md, "Peak memory at 100,000 records"). Called first by each command that
 * builds, as a V8 flag set once the process runs only governs the collections that follow.
 */
export function limitHeapGrowth(): void {
  v8.setFlagsFromString("--heap-growing-percent=50");
}
