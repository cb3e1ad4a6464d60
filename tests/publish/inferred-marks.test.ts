/**
 * Every value of the real data that no source states, only inferences support, is marked as
 * inferred wherever the built pages show it, in English and in Chinese: on its record's page,
 * with its reason, and in the list of organizations. The inferred values are worked out here from
 * the record files' citations, not taken from the build.
 */
import { describe, expect, it } from "vitest";
import { messages, type Locale } from "../../scripts/i18n/messages.ts";
import { escapeHtml } from "../../scripts/text/escape-html.ts";
import { readTreeFile, realAtPrefix, useBuiltTrees } from "./built-site.ts";

const built = useBuiltTrees([realAtPrefix]);

interface Citation {
  fields?: string[];
  how?: string;
  reason?: Record<string, string>;
}

/** The registry's own fields, which state no fact. */
const bookkeeping = new Set(["$schema", "id", "formerIds", "successor", "sources"]);

/**
 * The record's top-level fields that hold a value only inferences cover (a citation without
 * fields covers everything, a field's citation everything beneath it), with those inferences.
 */
function inferredFields(record: { sources: Citation[] } & Record<string, unknown>): Map<string, Citation[]> {
  const inferred = new Map<string, Citation[]>();
  const visit = (value: unknown, pointer: string, field: string) => {
    if (value !== null && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) visit(child, `${pointer}/${key}`, field);
      return;
    }
    const covering = record.sources.filter(
      (citation) =>
        !citation.fields || citation.fields.some((cited) => pointer === cited || pointer.startsWith(`${cited}/`)),
    );
    if (covering.length && covering.every((citation) => citation.how === "inferred"))
      inferred.set(field, [...(inferred.get(field) ?? []), ...covering]);
  };
  for (const [field, value] of Object.entries(record))
    if (!bookkeeping.has(field) && !(field === "status" && value === "withdrawn")) visit(value, `/${field}`, field);
  return inferred;
}

/** The label of the row of facts that shows a field, on an organization's or an event's page. */
function rowLabel(collection: "organizations" | "events", field: string, locale: Locale): string {
  const labels = messages[locale].fields;
  const known: Record<string, string> = {
    kind: labels.kind,
    status: labels.status,
    timeZone: labels.timeZone,
    location: collection === "events" ? labels.where : labels.location,
  };
  const label = known[field];
  if (!label) throw new Error(`the test knows no row for an inferred ${field}: teach it where the page shows it`);
  return label;
}

/** Whether an event's start or end has a time of day, which a time zone qualifies. */
const showsTime = (event: { start: string; end?: string }) => event.start.includes("T") || !!event.end?.includes("T");

/** The contents of the row of facts with a label, or undefined. */
function factRow(page: string, label: string): string | undefined {
  return new RegExp(`<div><dt>${escapeRegExp(escapeHtml(label))}</dt><dd>(.*?)</dd></div>`).exec(page)?.[1];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The inferred marks in a piece of a page: the reason each gives on hover and reads out. */
function marks(html: string): { title: string; spoken: string }[] {
  return [
    ...html.matchAll(
      /<span class="inferred" title="([^"]*)"><span aria-hidden="true">[^<]*<\/span><span class="visually-hidden">(.*?)<\/span><\/span>/g,
    ),
  ].map((match) => ({ title: match[1]!, spoken: match[2]!.replace(/<[^>]+>/g, "") }));
}

const pages: [Locale, string][] = [
  ["en", ""],
  ["zh-Hans", "zh/"],
];

describe("inferred values on the pages of the real data", () => {
  it.each(pages)("are marked, with their reasons, on each record's page (%s)", (locale, folder) => {
    const tree = built.get(realAtPrefix);
    let marked = 0;
    for (const collection of ["organizations", "events"] as const) {
      for (const [id, record] of tree.records[collection]) {
        const page = readTreeFile(tree, `${folder}${collection}/${id}/index.html`);
        for (const [field, citations] of inferredFields(record as never)) {
          // An event of whole days has no time-zone row: the page shows no time for a zone to
          // qualify (the zone is still published, and marked, in its JSON and the statements).
          if (field === "timeZone" && !showsTime(record as { start: string; end?: string })) continue;
          const row = factRow(page, rowLabel(collection, field, locale));
          expect(row, `${collection}/${id}: the row of ${field}`).toBeDefined();
          const found = marks(row!);
          expect(found.length, `${folder}${collection}/${id}: ${field} is marked`).toBeGreaterThan(0);
          for (const citation of citations) {
            const reason = escapeHtml(citation.reason![locale] ?? citation.reason!.en!);
            expect(found.some((mark) => mark.title.includes(reason) && mark.spoken.includes(reason))).toBe(true);
          }
          marked++;
        }
      }
    }
    // The kind of CAST, SAST and the Shanghai government, the place of the last two and of the
    // cluster, the status of all six organizations, and the ceremony's place.
    expect(marked).toBeGreaterThanOrEqual(13);
  });

  it.each(pages)("are marked in the list of organizations, kind and status (%s)", (_, folder) => {
    const tree = built.get(realAtPrefix);
    const list = readTreeFile(tree, `${folder}organizations/index.html`);
    for (const [id, record] of tree.records.organizations) {
      const item = new RegExp(`<li[^>]*><a href="[^"]*/organizations/${id}/"[^>]*>.*?</li>`).exec(list)?.[0];
      expect(item, id).toBeDefined();
      const inferred = inferredFields(record as never);
      const expected = ["kind", "status"].filter((field) => inferred.has(field)).length;
      expect(marks(item!).length, `${id} in ${folder}organizations/`).toBe(expected);
    }
  });

  it("says a status that holds as of a date so, in both languages", () => {
    const tree = built.get(realAtPrefix);
    expect(factRow(readTreeFile(tree, "organizations/sast/index.html"), "Status")).toMatch(
      /^Active as of November 2023 /,
    );
    expect(factRow(readTreeFile(tree, "zh/organizations/sast/index.html"), "状态")).toMatch(/^截至2023年11月运营中 /);
  });
});
