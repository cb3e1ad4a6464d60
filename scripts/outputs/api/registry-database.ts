import { spawn } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { databaseTables, type DatabaseSource, type DatabaseTable } from "../../contract/database-tables.ts";
import type { OutputContext } from "../output-context.ts";
import type { PieceStream } from "../output.ts";

/** Bytes per page of the database file: SQLite's default, the size of a memory page on most machines. */
const pageSize = 4096;

/** Text gathered before a write: one write per row would cost more than the row. */
const chunkLength = 1 << 16;

/**
 * Below this much input, the SQLite writer runs sql.js with V8's baseline WebAssembly compiler
 * alone: the optimising compiler's work on SQLite's hot functions, which the process also waits
 * for when it exits, took longer than it saved (a second for a few records; 10,000 records took
 * 1.8 s instead of 2.3). From about 100,000 records (90 MB of input) the optimised code wins:
 * 14 s instead of 18.
 */
const baselineCompilerBelow = 32 << 20;

/**
 * `api/v1/registry.sqlite`: the whole registry as one SQLite file, with the tables of
 * `database-tables.ts`, made by a process of its own with sql.js (see `sqlite-writer.child.js`),
 * which holds the database in memory twice over: that memory is not the build's.
 *
 * The statements and rows are written first, at once, to a file that is the process's input:
 * streamed through a pipe, they would move on only when the build's thread let its event loop
 * turn, and the process would wait for them while the build went on with other files.
 *
 * The process writes the database to a file too, which is read in pieces only when it is
 * written to the output: gathered from a pipe, the 80 MB of 100,000 records were held in the
 * build's memory from the moment the process finished until the end of the build, through its
 * largest moment.
 *
 * The same data gives the same bytes: the statements and rows come in the same order, each
 * table's rows are written before its indexes are made, and SQLite writes no time into the file.
 */
export async function registryDatabase(context: OutputContext): Promise<PieceStream> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "registry-sqlite-"));
  let writer: ReturnType<typeof startSqliteWriter>;
  let database: number;
  try {
    const input = path.join(folder, "statements.jsonl");
    writeStatements(input, { catalog: context.catalog, site: context.site });
    // Opened here, and kept open, so that the folder can go at once: a build that is killed
    // leaves nothing behind, as the system frees a removed file when its last holder closes it.
    database = fs.openSync(path.join(folder, "registry.sqlite"), "w+");
    writer = startSqliteWriter(input, database);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
  const errors: Buffer[] = [];
  writer.stderr!.on("data", (chunk: Buffer) => errors.push(chunk));
  const [code, signal] = (await once(writer, "close")) as [number | null, NodeJS.Signals | null];
  if (code !== 0) {
    fs.closeSync(database);
    const said = Buffer.concat(errors).toString("utf8").trim();
    throw new Error(`registry.sqlite: the SQLite writer failed (${signal ?? `exit code ${code}`}): ${said}`);
  }
  return readOnce(database);
}

/** Bytes read from the database file at a time. */
const readLength = 1 << 20;

/**
 * The database file's bytes, read in pieces as they are written, and closed (so gone) once read:
 * a build writes a file once. A build that fails before writing it leaves it open until the
 * process ends. Each piece is a buffer of its own, as a writer may still hold the one before.
 */
function readOnce(fd: number): PieceStream {
  let open = true;
  return {
    *pieces() {
      if (!open) throw new Error("registry.sqlite: the database file was read already");
      open = false;
      try {
        for (let position = 0; ;) {
          const piece = Buffer.allocUnsafe(readLength);
          const read = fs.readSync(fd, piece, 0, readLength, position);
          if (read === 0) return;
          position += read;
          yield piece.subarray(0, read);
        }
      } finally {
        fs.closeSync(fd);
      }
    },
  };
}

/** The SQLite writer, with a file as its input and a file as its output, each already open. */
function startSqliteWriter(input: string, output: number) {
  const fd = fs.openSync(input, "r");
  try {
    const compiler = fs.fstatSync(fd).size < baselineCompilerBelow ? ["--liftoff-only"] : [];
    const script = fileURLToPath(new URL("./sqlite-writer.child.js", import.meta.url));
    return spawn(process.execPath, [...compiler, script], { stdio: [fd, output, "pipe"] });
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The input of `sqlite-writer.child.js`, one item a line: each statement as a JSON string, and
 * for each table the statement that inserts its rows, then the rows, in JSON arrays of rows.
 */
function writeStatements(file: string, source: DatabaseSource): void {
  const fd = fs.openSync(file, "w");
  let pending = "";
  const send = (line: string) => {
    pending += `${line}\n`;
    if (pending.length < chunkLength) return;
    fs.writeSync(fd, pending);
    pending = "";
  };
  try {
    // Set, not left to the SQLite that sql.js bundles, whose default could change with a new release.
    send(JSON.stringify(`PRAGMA page_size = ${pageSize}`));
    // Foreign keys are declared, and checked by the tests: checking them row by row here would only cost time.
    send(JSON.stringify("PRAGMA journal_mode = OFF"));
    send(JSON.stringify("BEGIN"));
    for (const table of databaseTables) {
      send(JSON.stringify(createTable(table)));
      send(JSON.stringify({ insert: insertInto(table) }));
      let batch = "";
      for (const row of table.rows(source)) {
        batch += batch ? `,${JSON.stringify(row)}` : JSON.stringify(row);
        if (batch.length < chunkLength) continue;
        send(`[${batch}]`);
        batch = "";
      }
      if (batch) send(`[${batch}]`);
      for (const column of table.indexes ?? []) send(JSON.stringify(createIndex(table, column)));
    }
    send(JSON.stringify("COMMIT"));
    fs.writeSync(fd, pending);
  } finally {
    fs.closeSync(fd);
  }
}

function createTable(table: DatabaseTable): string {
  const columns = table.columns.map(
    (column) =>
      `${quoted(column.name)} ${column.type}${column.notNull ? " NOT NULL" : ""}${column.references ? ` REFERENCES ${quoted(column.references)}` : ""}`,
  );
  const constraints = [
    `PRIMARY KEY (${table.primaryKey.map(quoted).join(", ")})`,
    ...(table.checks ?? []).map((check) => `CHECK (${check})`),
  ];
  return `CREATE TABLE ${quoted(table.name)} (\n  ${[...columns, ...constraints].join(",\n  ")}\n)`;
}

/** Inserts the rows of a JSON array of rows, each an array of the table's values in column order. */
function insertInto(table: DatabaseTable): string {
  const values = table.columns.map((_, index) => `value ->> ${index}`);
  return `INSERT INTO ${quoted(table.name)} SELECT ${values.join(", ")} FROM json_each(?)`;
}

function createIndex(table: DatabaseTable, column: string): string {
  return `CREATE INDEX ${quoted(`${table.name}_by_${column}`)} ON ${quoted(table.name)} (${quoted(column)})`;
}

/** A name as SQL writes it: quoted, as some column names (`end`, `key`) are also SQL words. */
function quoted(name: string): string {
  return `"${name}"`;
}
