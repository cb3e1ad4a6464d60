// Makes a SQLite file with sql.js (SQLite compiled to WebAssembly: no native build step) in a
// process of its own: sql.js holds the whole database in memory and copies it once more to
// export it, and that memory is this process's, not the build's, and is gone when it exits.
// Plain JavaScript, started with the bare `node`, without the TypeScript loader.
//
// Reads lines on its input (a file). A JSON string is a statement to run; `{"insert": "INSERT …"}` prepares a
// statement with one parameter; a JSON array (of rows) is bound, as it is, to that parameter and
// the statement run. SQLite reads the rows from the JSON itself (`json_each`): binding each value
// from JavaScript cost four times as long. At the end of the input the database file goes to
// stdout; on an error, what went wrong goes to stderr and the exit code is 1.
import { createRequire } from "node:module";

const initSqlJs = createRequire(import.meta.url)("sql.js");

async function main() {
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  let insert;
  const finishInsert = () => {
    insert?.free();
    insert = undefined;
  };
  const run = (line) => {
    if (line.startsWith("[")) {
      insert.run([line]);
    } else if (line.startsWith('"')) {
      finishInsert();
      db.run(JSON.parse(line));
    } else {
      finishInsert();
      insert = db.prepare(JSON.parse(line).insert);
    }
  };
  let rest = "";
  process.stdin.setEncoding("utf8");
  for await (const chunk of process.stdin) {
    const text = rest + chunk;
    let start = 0;
    for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
      run(text.slice(start, end));
      start = end + 1;
    }
    rest = text.slice(start);
  }
  finishInsert();
  const bytes = db.export();
  db.close();
  await new Promise((resolve, reject) => process.stdout.write(bytes, (error) => (error ? reject(error) : resolve())));
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exitCode = 1;
});
