/**
 * Whether a record is a tombstone: withdrawn from the registry, kept so that its address keeps
 * answering, and pointing at its successor when another record replaced it. The one place this
 * is decided; the catalog turns it into each entry's `live`, which every output reads.
 */
export function isWithdrawn(record: unknown): boolean {
  return (record as { status?: unknown } | undefined)?.status === "withdrawn";
}
