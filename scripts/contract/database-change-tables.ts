import { recordTypeOf } from "./api-contract.ts";
import type { DatabaseTable } from "./database-tables.ts";

/**
 * The change log, as `api/v1/changes/` publishes it: every change to every record found in the
 * data's git history, oldest first. Its ids are not foreign keys: a change names a record by the
 * id it had then, which a later rename or removal leaves behind.
 */
const changes: DatabaseTable = {
  name: "changes",
  description:
    "Every change to a record, from the data's git history (none when the build had no full history; see metadata's history_complete).",
  columns: [
    { name: "change", type: "INTEGER", description: "Number of the change, from 1 for the oldest.", notNull: true },
    { name: "commit_sha", type: "TEXT", description: "The git commit that made it.", notNull: true },
    { name: "date", type: "TEXT", description: "When it was committed (ISO 8601, UTC).", notNull: true },
    {
      name: "type",
      type: "TEXT",
      description: `The kind of record changed: ${Object.values(recordTypeOf).join(", ")}.`,
      notNull: true,
    },
    {
      name: "id",
      type: "TEXT",
      description: "The record's id after the change (before it, for a removal).",
      notNull: true,
    },
    {
      name: "kind",
      type: "TEXT",
      description: "What happened: added, changed, renamed, withdrawn, restored or removed.",
      notNull: true,
    },
    { name: "former_id", type: "TEXT", description: "For a rename, the id before it." },
  ],
  primaryKey: ["change"],
  indexes: ["id"],
  *rows({ catalog }) {
    for (const [index, change] of catalog.history.changes.entries())
      yield [
        index + 1,
        change.commit,
        change.date,
        recordTypeOf[change.collection],
        change.id,
        change.change,
        change.formerId ?? null,
      ];
  },
};

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

const changeFields: DatabaseTable = {
  name: "change_fields",
  description: "The fields each change touched, with their values before and after it.",
  columns: [
    { name: "change", type: "INTEGER", description: "The change.", notNull: true, references: "changes" },
    {
      name: "position",
      type: "INTEGER",
      description: "Where the field stands among the change's fields, from 0.",
      notNull: true,
    },
    { name: "pointer", type: "TEXT", description: "JSON Pointer of the field.", notNull: true },
    { name: "kind", type: "TEXT", description: "What happened to it: added, removed or changed.", notNull: true },
    {
      name: "list_item",
      type: "INTEGER",
      description: "1 when an item was added to or removed from the list at the pointer, else 0.",
      notNull: true,
    },
    { name: "value_before", type: "TEXT", description: "The value before, as JSON; empty for a field added." },
    { name: "value_after", type: "TEXT", description: "The value after, as JSON; empty for a field removed." },
  ],
  primaryKey: ["change", "position"],
  *rows({ catalog }) {
    for (const [index, change] of catalog.history.changes.entries())
      for (const [position, field] of change.fields.entries())
        yield [
          index + 1,
          position,
          field.pointer,
          field.change,
          field.listItem ? 1 : 0,
          json(field.before),
          json(field.after),
        ];
  },
};

export const changeTables: readonly DatabaseTable[] = [changes, changeFields];
