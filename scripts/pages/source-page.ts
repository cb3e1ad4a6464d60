import { pageLinks } from "../paths/page-links.ts";
import type { Catalog } from "../catalog/catalog.ts";
import { messagesFor, type Locale } from "../i18n/messages.ts";
import { sitePaths } from "../paths/site-paths.ts";
import { absoluteUrl, type SiteConfig } from "../paths/site-config.ts";
import { humanDate } from "../i18n/human-dates.ts";
import { fieldLabelList, languageName } from "../i18n/field-labels.ts";
import { marked, otherLanguages, textIn, type LangText } from "../i18n/localized-text.ts";
import type { FactRow } from "./organization-page.ts";
import { pageFrame, type PageFrame } from "./page-frame.ts";
import { changeLines, type ChangeLine } from "./change-lines.ts";
import type { Inference } from "./inferences.ts";
import {
  changeDay,
  eventLine,
  organizationLink,
  recordDatesLine,
  sourceLink,
  type DateText,
  type Link,
} from "./record-lines.ts";

export interface SourcePage {
  frame: PageFrame;
  heading: LangText;
  withdrawn?: { successor?: Link };
  facts: FactRow[];
  citedBy: { link: Link; type: string; supports: string; inferred?: Inference }[];
  dates: string;
  /** The day the record last changed. */
  dataUpdated: DateText;
  changes: ChangeLine[];
  historyHref: string;
  jsonHref: string;
}

export function sourcePage(
  site: SiteConfig,
  catalog: Catalog,
  id: string,
  locale: Locale,
  published: readonly Locale[],
): SourcePage {
  const entry = catalog.sources.get(id)!;
  const { record } = entry;
  const words = messagesFor(locale);
  const heading = textIn(record.title, locale);
  const jsonHref = absoluteUrl(site, sitePaths.apiRecord("sources", id));
  const facts: FactRow[] = [];
  const row = (label: string, values: FactRow["values"]) => {
    if (values.length) facts.push({ label, values, citations: [] });
  };
  for (const other of otherLanguages(record.title, locale)) row(words.fields.title, [other]);
  row(words.fields.kind, [{ text: words.sourceKinds[record.kind] }]);
  if (record.language) row(words.fields.language, [{ text: languageName(record.language, locale) }]);
  const publisher = record.publisher;
  if (publisher) {
    row(words.fields.publisher, [
      ...(publisher.organization ? [organizationLink(site, catalog, publisher.organization, locale)] : []),
      // The publisher as the document credits it, in the document's words and language.
      ...(publisher.name ? [marked(publisher.name, record.language ?? "en", locale)] : []),
    ]);
  }
  row(words.fields.url, record.url ? [{ text: record.url, href: record.url }] : [{ text: words.noUrl }]);
  if (record.published) row(words.fields.published, [{ text: humanDate(record.published, locale) }]);
  if (record.updated) row(words.fields.updated, [{ text: humanDate(record.updated, locale) }]);
  if (record.accessed) row(words.fields.accessed, [{ text: humanDate(record.accessed, locale) }]);
  if (record.archivedUrl) row(words.fields.archivedUrl, [{ text: record.archivedUrl, href: record.archivedUrl }]);

  return {
    frame: pageFrame(
      site,
      {
        locale,
        sitePath: sitePaths.recordPage("sources", id),
        title: heading.text,
        description: words.sourceKinds[record.kind],
        section: "sources",
        json: jsonHref,
        ...(record.successor
          ? { redirect: pageLinks(site, locale, sitePaths.recordPage("sources", record.successor)).canonical }
          : {}),
      },
      published,
    ),
    heading,
    ...(entry.live
      ? {}
      : { withdrawn: record.successor ? { successor: sourceLink(site, catalog, record.successor, locale) } : {} }),
    facts,
    citedBy: catalog.sourceRelations.get(id)!.citedBy.map((citation) => {
      const link =
        citation.collection === "organizations"
          ? organizationLink(site, catalog, citation.id, locale)
          : (({ title, href }) => ({ href, ...title }))(eventLine(site, catalog, citation.id, locale));
      return {
        link,
        type: words.recordTypes[citation.collection],
        supports: citation.fields ? fieldLabelList(citation.fields, locale) : words.wholeRecord,
        ...(citation.inferred ? { inferred: { reason: textIn(citation.inferred.reason, locale) } } : {}),
      };
    }),
    dates: recordDatesLine(entry.dates, locale),
    dataUpdated: changeDay(entry.dates.updated, locale),
    changes: changeLines(catalog, "sources", id, locale),
    historyHref: absoluteUrl(site, sitePaths.apiRecordHistory("sources", id)),
    jsonHref,
  };
}
