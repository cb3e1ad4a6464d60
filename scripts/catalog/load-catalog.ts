import { readHistorySource, type HistorySource } from "../history/record-dates.ts";
import type { Finding } from "../validation/finding.ts";
import { validateDataset, type ValidationCache } from "../validation/validate-dataset.ts";
import { buildCatalog, type Catalog } from "./catalog.ts";

export interface LoadOptions {
  dataDir: string;
  /** What earlier loads found in each file, kept by a process that loads again after edits. */
  cache?: ValidationCache | undefined;
  /** The catalog before an edit: its history is used again, and its published records (see `buildCatalog`). */
  previous?: Catalog | undefined;
  /** Runs each stage (`validate`, `history`, `catalog`), for callers that time them; at once otherwise. */
  timed?: <T>(stage: string, work: () => T) => T;
}

export type LoadResult =
  | { ok: true; catalog: Catalog; findings: Finding[]; errorCount: 0 }
  | { ok: false; findings: Finding[]; errorCount: number };

/**
 * The first half of every build: validates the data folder and, only when it has no errors,
 * reads its history and builds the catalog. Nothing after this point sees unvalidated data.
 */
export function loadCatalog(options: LoadOptions): LoadResult {
  const timed = options.timed ?? ((_stage, work) => work());
  const validation = timed("validate", () =>
    validateDataset({ dataDir: options.dataDir, ...(options.cache ? { cache: options.cache } : {}) }),
  );
  if (validation.errorCount > 0) return { ok: false, findings: validation.findings, errorCount: validation.errorCount };
  const history: HistorySource =
    options.previous?.history ?? timed("history", () => readHistorySource(options.dataDir));
  const catalog = timed("catalog", () => buildCatalog(validation.dataset, history, options.previous));
  return { ok: true, catalog, findings: validation.findings, errorCount: 0 };
}

/** The catalog of a data folder that must be valid, for tools and tests; throws with the findings otherwise. */
export function loadValidCatalog(dataDir: string): Catalog {
  const loaded = loadCatalog({ dataDir });
  if (!loaded.ok) throw new Error(`${dataDir} does not validate: ${JSON.stringify(loaded.findings).slice(0, 2000)}`);
  return loaded.catalog;
}
