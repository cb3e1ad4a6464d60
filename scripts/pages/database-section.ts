import path from "node:path";
import { databaseTables } from "../contract/database-tables.ts";
import { joinList } from "../i18n/lists.ts";
import { fill, messagesFor, type Locale } from "../i18n/messages.ts";
import { absoluteUrl, type SiteConfig } from "../paths/site-config.ts";
import { sitePaths } from "../paths/site-paths.ts";

export interface DatabaseSection {
  /** Commands that fetch the file and query it. */
  example: string[];
  tables: {
    name: string;
    /** In English, as the column descriptions of the CSV files. */
    description: string;
    columns: { name: string; type: string; key: string; description: string }[];
  }[];
}

/** A query that joins two tables, to show how the relations read. */
const exampleQuery =
  "SELECT p.event, o.name_en, p.role FROM event_participants p JOIN organizations o ON o.id = p.organization ORDER BY p.event, p.position";

/** The API page's account of the SQLite file: how to query it, and each table with its columns and keys. */
export function databaseSection(site: SiteConfig, locale: Locale): DatabaseSection {
  const words = messagesFor(locale).apiPage;
  const file = path.posix.basename(sitePaths.apiDatabase);
  return {
    example: [`curl -sO ${absoluteUrl(site, sitePaths.apiDatabase)}`, `sqlite3 ${file} "${exampleQuery}"`],
    tables: databaseTables.map((table) => ({
      name: table.name,
      description: table.description,
      columns: table.columns.map((column) => ({
        name: column.name,
        type: column.type,
        key: joinList(
          [
            ...(table.primaryKey.includes(column.name) ? [words.primaryKey] : []),
            ...(column.references ? [fill(words.references, { table: column.references })] : []),
          ],
          locale,
        ),
        description: column.description,
      })),
    })),
  };
}
