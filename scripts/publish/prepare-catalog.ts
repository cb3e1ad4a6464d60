import { buildCatalog, type Catalog } from "../catalog/catalog.ts";
import { readHistorySource } from "../history/record-dates.ts";
import type { Finding } from "../validation/finding.ts";
import { validateDataset } from "../validation/validate-dataset.ts";

export interface PreparedCatalog {
  catalog?: Catalog;
  findings: Finding[];
  errorCount: number;
  /** Notes for the build's output, such as where record dates came from. */
  notes: string[];
}

/** Validates a data folder and, only when it has no errors, builds the catalog from it. */
export function prepareCatalog(dataDir: string): PreparedCatalog {
  const validation = validateDataset({ dataDir });
  if (validation.errorCount > 0) return { findings: validation.findings, errorCount: validation.errorCount, notes: [] };
  const history = readHistorySource(dataDir);
  return {
    catalog: buildCatalog(validation.dataset, history),
    findings: validation.findings,
    errorCount: 0,
    notes: [history.description],
  };
}
