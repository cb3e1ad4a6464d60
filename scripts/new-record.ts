/** `npm run new`: writes a valid, canonical skeleton record for a contributor to fill in. */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ArgumentError, runCommand, UsageError, type CommandHelp } from "./command-line.ts";
import { collectionNames, isValidId, reservedIds, schemaNameOf, type CollectionName } from "./records/collections.ts";
import { formatCanonicalJson, keyOrderFor } from "./records/canonical-json.ts";
import { listRecordFiles } from "./records/list-record-files.ts";
import { skeletonRecord } from "./records/skeletons.ts";
import { displayPath, resolveDataDir } from "./project-paths.ts";
import { didYouMean } from "./validation/suggest-closest.ts";

const help: CommandHelp = {
  usage: "npm run new -- <organization|event|source> <id> [--source SOURCE-ID] [--data DIR]",
  summary: "Writes a valid, canonical skeleton record for you to fill in, and says where.",
  options: {
    "<organization|event|source>": "the kind of record",
    "<id>": "its id: lowercase words of a-z and 0-9 joined by hyphens; the file is named after it",
    "--source SOURCE-ID": "the source the record's facts come from (required, except for a new source)",
    "--data DIR": "the data folder (default: $REGISTRY_DATA_DIR if set, else data/)",
  },
};

await runCommand(help, () => {
  const { values, positionals } = parseArgs({
    options: { source: { type: "string" }, data: { type: "string" } },
    allowPositionals: true,
  });
  const [kind, id] = positionals;
  const collection = collectionNames.find((name) => schemaNameOf[name] === kind);
  if (kind === undefined) throw new ArgumentError("say which kind of record: organization, event or source");
  if (!collection) throw new ArgumentError(`"${kind}" is not a kind of record: use organization, event or source`);
  if (id === undefined) throw new ArgumentError(`give the new ${kind}'s id`);
  if (positionals.length > 2) throw new ArgumentError(`unexpected argument ${positionals[2]}`);
  if (reservedIds.has(id)) throw new UsageError(`"${id}" is reserved for the collection lists: choose another id`);
  if (!isValidId(id)) {
    throw new UsageError(
      `"${id}" is not a valid id: use lowercase letters a-z and digits in words joined by single hyphens, at most 64 characters`,
    );
  }
  const dataDir = resolveDataDir(values.data);
  const { files } = listRecordFiles(dataDir);
  const idsOf = (name: CollectionName) => files.filter((file) => file.collection === name).map((file) => file.id);
  const target = path.join(dataDir, collection, `${id}.json`);
  if (fs.existsSync(target)) throw new UsageError(`${displayPath(target)} already exists: choose another id`);
  const formerOwner = files.find((file) => file.collection === collection && hasFormerId(file.absolutePath, id));
  if (formerOwner) {
    throw new UsageError(
      `"${id}" is a former id of ${formerOwner.file}, and its old address redirects there: choose another id`,
    );
  }
  if (collection !== "sources") {
    const sourceIds = idsOf("sources");
    if (values.source === undefined) {
      throw new UsageError(
        `a new ${kind} must cite the source of its facts: add --source <source-id>, or first create the source with \`npm run new -- source <id>\``,
      );
    }
    if (!sourceIds.includes(values.source)) {
      throw new UsageError(`no source "${values.source}"${didYouMean(values.source, sourceIds)}`);
    }
  }
  const today = new Date().toISOString().slice(0, 10);
  const record = skeletonRecord(collection, { id, today, ...(values.source ? { source: values.source } : {}) });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, formatCanonicalJson(record, keyOrderFor(schemaNameOf[collection])), { flag: "wx" });
  process.stdout.write(
    `created ${displayPath(target)}\nfill in the placeholders and the facts your source supports, then run \`npm run validate\`\n`,
  );
  return 0;
});

/** Whether a record file lists `id` among its former ids; a file that is not valid JSON lists none. */
function hasFormerId(absolutePath: string, id: string): boolean {
  try {
    const { formerIds } = JSON.parse(fs.readFileSync(absolutePath, "utf8")) as { formerIds?: unknown };
    return Array.isArray(formerIds) && formerIds.includes(id);
  } catch {
    return false;
  }
}
