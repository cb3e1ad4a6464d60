import fs from "node:fs";
import path from "node:path";
import { formatCanonicalJson, keyOrderFor } from "../records/canonical-json.ts";

/** The one-record changes a rebuild is measured on, applied one after the other to a data folder. */
export const dataEdits = ["edit", "add", "delete"] as const;
export type DataEdit = (typeof dataEdits)[number];

const editedEvent = "event-1";
const copiedEvent = "event-2";
const addedEvent = "event-added-in-benchmark";
const deletedEvent = "event-3";

interface EventRecord {
  id: string;
  title: { en: string } & Record<string, string>;
}

/**
 * Applies one change to a generated data folder: `edit` changes one field of one event, `add`
 * adds a copy of an event under a new id, `delete` removes an event that no record refers to.
 */
export function applyDataEdit(dataDir: string, edit: DataEdit): void {
  const eventsDir = path.join(dataDir, "events");
  const file = (id: string) => path.join(eventsDir, `${id}.json`);
  const read = (id: string) => JSON.parse(fs.readFileSync(file(id), "utf8")) as EventRecord;
  const write = (record: EventRecord) =>
    fs.writeFileSync(file(record.id), formatCanonicalJson(record, keyOrderFor("event")));
  switch (edit) {
    case "edit": {
      const record = read(editedEvent);
      record.title.en = `${record.title.en} (rescheduled session)`;
      write(record);
      return;
    }
    case "add": {
      const record = read(copiedEvent);
      record.id = addedEvent;
      record.title.en = `${record.title.en}, second session`;
      write(record);
      return;
    }
    case "delete":
      fs.rmSync(file(deletedEvent));
      return;
  }
}
