import { setImmediate as eventLoopTurn } from "node:timers/promises";
import type { CatalogEntry } from "../catalog/catalog.ts";
import type { MadeFile, OutputContent } from "../outputs/output.ts";
import type { OutputPlan } from "../plan/output-plan.ts";
import type { PlannedFile } from "../plan/planned-file.ts";
import { addTime, timed, type Timings } from "../timings/stage-timings.ts";
import type { ResponseChecker } from "./checks/output-checks.ts";
import type { OutputTree } from "./output-tree.ts";

/** Receives each planned file once it is made: writes it, or keeps it to be written after every check. */
export type FileSink = (file: PlannedFile, made: MadeFile) => void;

/** A sink for a fresh folder: checks each file and writes it at once (the folder replaces the site only if all passed). */
export function checkAndWrite(
  tree: OutputTree,
  checker: ResponseChecker,
  problems: string[],
  timings: Timings,
): FileSink {
  return (file, made) => {
    problems.push(...timed(timings, "response checks", () => checker.checkFile(file, made)));
    timed(timings, "encode and queue", () => tree.write(file.path, made.content));
  };
}

/** A sink for the published folder: checks each file and keeps it, to be written once every file passed. */
export function checkAndKeep(
  kept: { path: string; content: OutputContent }[],
  checker: ResponseChecker,
  problems: string[],
): FileSink {
  return (file, made) => {
    problems.push(...checker.checkFile(file, made));
    kept.push({ path: file.path, content: made.content });
  };
}

export interface PlanPass {
  /** The records whose files to make; the site's files always follow. */
  records: Iterable<CatalogEntry>;
  sink: FileSink;
  timings: Timings;
  /** Told the paths of each record's files, for a builder that must know them to rebuild. */
  recordPaths?: (entry: CatalogEntry, paths: string[]) => void;
  /** Awaited every few records and after each site file: lets the writer thread and the search index keep up. */
  pace?: () => Promise<void>;
  /** Given each slow file (see `PlannedFile.slow`), before any other file is made, instead of making it in turn; its path is among those returned. */
  slow?: (file: PlannedFile) => void;
}

/** Records made between two turns of the event loop (see `makePlanFiles`). */
const recordsPerTurn = 8;

/**
 * Makes the plan's files of the given records, then those of the site as a whole, and hands each
 * to the sink. A cold build passes every record and a sink that writes; a rebuild passes the
 * records an edit affects and a sink that keeps: the two go through the same plan in the same way.
 * Returns the paths of the site's files.
 */
export async function makePlanFiles(plan: OutputPlan, pass: PlanPass): Promise<string[]> {
  const make = async (file: PlannedFile) => {
    const started = performance.now();
    const made = await file.make();
    addTime(pass.timings, file.kind === "page" ? "pages" : "api and feeds", started);
    pass.sink(file, made);
  };
  // Slow files first: they wait for no other file, so made beside everything else they use
  // whatever processor time the build leaves, rather than keep the build waiting at its end.
  const handedOver = new Set<string>();
  if (pass.slow)
    for (const file of plan.siteFiles())
      if (file.slow) {
        pass.slow(file);
        handedOver.add(file.path);
      }
  let recordsDone = 0;
  for (const entry of pass.records) {
    // Rendering resolves its promises at once, so without a turn of the event loop now and then,
    // Pagefind would get no records until every page is written. Often, too: what is queued for
    // the next tick (the XML writer behind each feed leaves a callback holding the whole feed)
    // lives until the turn, and after 32 records' worth it was old enough to be moved out of the
    // young generation, growing the heap by half as much again.
    if (++recordsDone % recordsPerTurn === 0) await turn(pass);
    const files = plan.recordFiles(entry);
    for (const file of files) await make(file);
    pass.recordPaths?.(
      entry,
      files.map((file) => file.path),
    );
  }
  const sitePaths: string[] = [];
  for (const file of plan.siteFiles()) {
    sitePaths.push(file.path);
    if (handedOver.has(file.path)) continue;
    await make(file);
    // A turn of the event loop too: the site's files take a minute at 100,000 records, and
    // without turns what the search index and the writer thread hand back waited, in memory,
    // until the last of them was made.
    await turn(pass);
  }
  return sitePaths;
}

/**
 * Slow files (see `PlannedFile.slow`), each started when handed over, so that it is made while
 * the build goes on; `finish()` waits for them and hands each to the sink. A failure waits for
 * `finish()` too, rather than being an unhandled rejection in the meantime.
 */
export class SlowFiles {
  private readonly started: Promise<() => void>[] = [];

  constructor(private readonly sink: FileSink) {}

  start(file: PlannedFile): void {
    this.started.push(
      Promise.resolve()
        .then(() => file.make())
        .then(
          (made) => () => this.sink(file, made),
          (error: unknown) => () => {
            throw error;
          },
        ),
    );
  }

  async finish(): Promise<void> {
    for (const hand of await Promise.all(this.started)) hand();
  }
}

async function turn(pass: PlanPass): Promise<void> {
  const started = performance.now();
  await eventLoopTurn();
  await pass.pace?.();
  addTime(pass.timings, "turns", started);
}
