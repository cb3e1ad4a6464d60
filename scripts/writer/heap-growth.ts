import v8 from "node:v8";

/**
 * Lets the heap of a process that builds grow by at most half again what the last full
 * collection found alive. A build allocates much that lives a few records long and is then
 * promoted; full collections of its heap are fast, so V8 would let the heap grow up to four
 * times the live data before the next one: at 30,000 generated records, 140 MB alive but 860 MB
 * resident (`--trace-gc`). At 100,000 records about 370 MB stay alive to the end (the catalog,
 * the paths and hashes of half a million files), and the statements and list pages, made last,
 * fill the heap with what they promote: the build process peaked at 1,116 MB with a factor of 2,
 * 994 MB with 1.7 and 927 MB with 1.5, in 191, 176 and 202 s, a spread this machine shows for
 * one setting too; at 10,000 records the cold build took as long with 1.5 as with 2 (19.8 and
 * 20.0 s) and peaked at 342 MB rather than 381 (docs/performance.md). Called first by each
 * command that builds, as a V8 flag set once the process runs only governs the collections
 * that follow.
 */
export function limitHeapGrowth(): void {
  v8.setFlagsFromString("--heap-growing-percent=50");
}
