/**
 * Statuses that say how things stand (an organization active, an event scheduled): true only as
 * of the date a source said them, and they may have changed since.
 */
export const datedStatuses: ReadonlySet<string> = new Set([
  "active",
  "inactive",
  "scheduled",
  "postponed",
  "rescheduled",
]);

/**
 * Statuses that say what happened (an event completed or cancelled), which stay true once they
 * are, and the registry's own "withdrawn".
 */
export const settledStatuses: ReadonlySet<string> = new Set(["completed", "cancelled", "withdrawn"]);

/** Whether a record's status holds only as of a date. */
export function hasDatedStatus(record: unknown): boolean {
  const status = (record as { status?: unknown } | undefined)?.status;
  return typeof status === "string" && datedStatuses.has(status);
}
