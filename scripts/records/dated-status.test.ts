import { describe, expect, it } from "vitest";
import { datedStatuses, hasDatedStatus, settledStatuses } from "./dated-status.ts";
import { readSchemaDocuments } from "./schema-documents.ts";

describe("dated statuses", () => {
  it("sorts every status the schemas allow into dated or settled, and none into both", () => {
    const documents = readSchemaDocuments();
    const allowed = [documents.organization, documents.event].flatMap(
      (schema) => (schema.properties?.status?.enum ?? []) as string[],
    );
    expect(new Set(allowed)).toEqual(new Set([...datedStatuses, ...settledStatuses]));
    expect([...datedStatuses].filter((status) => settledStatuses.has(status))).toEqual([]);
  });

  it("dates how things stand, not what happened", () => {
    expect(hasDatedStatus({ status: "active" })).toBe(true);
    expect(hasDatedStatus({ status: "scheduled" })).toBe(true);
    expect(hasDatedStatus({ status: "completed" })).toBe(false);
    expect(hasDatedStatus({ status: "withdrawn" })).toBe(false);
    expect(hasDatedStatus({})).toBe(false);
  });
});
