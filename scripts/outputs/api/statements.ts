import { stringify } from "csv-stringify/sync";
import type { Catalog } from "../../catalog/catalog.ts";
import { knownFacts, type CitingEntry } from "../../catalog/known-facts.ts";
import { recordTypeOf } from "../../contract/api-contract.ts";
import { statementColumns, type Statement } from "../../contract/statement-columns.ts";
import { sightingKey, valueSightings } from "../../history/value-sightings.ts";
import { cacheSlot } from "../output-cache.ts";
import type { OutputContext } from "../output-context.ts";
import type { CheckedPart, MadeFile, OutputPiece, PieceStream } from "../output.ts";
import { csvCell } from "./csv-dumps.ts";
import { dumpEntries } from "./dumps.ts";

/**
 * Every value an organization or event publishes, with how it is known, the sources it rests on
 * and when the history first and last saw it: one statement each, in the record's own order,
 * organizations by id, then events newest first (the order of the dumps).
 */
export function statementsOf(catalog: Catalog, entry: CitingEntry): Statement[] {
  const facts = knownFacts(catalog, entry);
  const sightings = valueSightings(entry.collection, catalog.history.changesOf(entry.collection, entry.id));
  return facts.values.map((value) => {
    const seen = sightings.get(sightingKey(value.pointer, value.value));
    const statement: Statement = {
      collection: entry.collection,
      id: entry.id,
      pointer: value.pointer,
      value: value.value,
      how: value.how,
      reasons: value.reasons,
      sources: value.sources,
    };
    if (value.language) statement.language = value.language;
    if (value.pointer === "/status" && facts.statusAsOf) statement.asOf = facts.statusAsOf;
    if (seen) {
      statement.firstSeen = seen.first;
      statement.lastSeen = seen.last;
    }
    return statement;
  });
}

function* citingEntries(catalog: Catalog): Generator<CitingEntry> {
  for (const collection of ["organizations", "events"] as const)
    yield* dumpEntries(catalog, collection) as Generator<CitingEntry>;
}

/** A statement as a line of `statements.ndjson`, as `schemas/api/statement.schema.json` describes it. */
export function statementLine(statement: Statement): object {
  const { collection, id, pointer, value, language, how, reasons, sources, asOf, firstSeen, lastSeen } = statement;
  return {
    type: recordTypeOf[collection],
    id,
    pointer,
    value,
    ...(language ? { language } : {}),
    how,
    ...(reasons.length ? { reasons } : {}),
    sources,
    ...(asOf ? { asOf } : {}),
    ...(firstSeen ? { firstSeen } : {}),
    ...(lastSeen ? { lastSeen } : {}),
  };
}

/**
 * Each record's rows and lines, kept per catalog entry for rebuilds (see `OutputCache.piece`): a
 * rebuild after an edit makes again only those of the records the edit affects.
 */
const csvRows = cacheSlot<CitingEntry, OutputPiece>("statement rows", "rebuilds");
const ndjsonLines = cacheSlot<CitingEntry, { lines: object[]; json: OutputPiece }>("statement lines", "rebuilds");

/** `api/v1/statements.csv`: a header row, then a row per published value, columns as `statement-columns.ts` says. */
export function statementsCsv(context: OutputContext): PieceStream {
  return {
    *pieces() {
      yield stringify([statementColumns.map((column) => column.name)], { record_delimiter: "unix" });
      for (const entry of citingEntries(context.catalog)) {
        const kept = context.cache.get(csvRows, entry);
        if (kept !== undefined) {
          yield kept;
          continue;
        }
        const rows = statementsOf(context.catalog, entry).map((statement) =>
          statementColumns.map((column) => csvCell(column.value(statement), column.type)),
        );
        yield context.cache.keep(csvRows, entry, context.cache.piece(stringify(rows, { record_delimiter: "unix" })));
      }
    },
  };
}

/** `api/v1/statements.ndjson`: the same statements, a JSON line each, every line checked against its schema. */
export function statementsNdjson(context: OutputContext): MadeFile {
  const linesOf = (entry: CitingEntry) => {
    const kept = context.cache.get(ndjsonLines, entry);
    if (kept) return kept;
    const lines = statementsOf(context.catalog, entry).map(statementLine);
    const json = context.cache.piece(lines.map((line) => `${JSON.stringify(line)}\n`).join(""));
    return context.cache.keep(ndjsonLines, entry, { lines, json });
  };
  function* pieces(): Generator<OutputPiece> {
    for (const entry of citingEntries(context.catalog)) yield linesOf(entry).json;
  }
  function* parts(): Generator<CheckedPart> {
    let index = 0;
    for (const entry of citingEntries(context.catalog))
      for (const document of linesOf(entry).lines)
        yield { pointer: `/${index++}`, schema: "statement", document, once: !context.cache.forRebuilds };
  }
  return { content: { pieces }, parts: parts() };
}
