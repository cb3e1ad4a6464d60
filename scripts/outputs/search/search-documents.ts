import type { CatalogEntry } from "../../catalog/catalog.ts";
import { textIn } from "../../i18n/localized-text.ts";
import { messagesFor, type Locale } from "../../i18n/messages.ts";
import { pageLinks } from "../../paths/page-links.ts";
import { pagefindLanguage } from "../../paths/search-shards.ts";
import type { SiteConfig } from "../../paths/site-config.ts";
import { sitePaths } from "../../paths/site-paths.ts";
import { escapeHtml } from "../../text/escape-html.ts";

type SearchRecord = ReturnType<typeof searchRecord>;

/**
 * One record as the HTML Pagefind reads: its text to index, its title, and its type and kind as
 * filters and as metadata. Pagefind's interface shows each result's metadata under its own name,
 * so the metadata is named as the filters are, in the page's language.
 */
export function searchDocument(record: SearchRecord): string {
  const filters = Object.entries(record.filters)
    .map(([name, [value]]) =>
      ["filter", "meta"]
        .map((use) => `<span data-pagefind-${use}="${escapeHtml(name)}">${escapeHtml(value ?? "")}</span>`)
        .join(""),
    )
    .join("");
  return `<!doctype html><html lang="${record.language}"><head><meta charset="utf-8"><title>${escapeHtml(record.title)}</title></head><body>
<div hidden><span data-pagefind-meta="url">${escapeHtml(record.url)}</span>${filters}</div>
<main data-pagefind-body><h1 data-pagefind-meta="title">${escapeHtml(record.title)}</h1>
${record.content
  .split("\n")
  .map((line) => `<p>${escapeHtml(line)}</p>`)
  .join("\n")}
</main></body></html>
`;
}

export function searchRecord(site: SiteConfig, entry: CatalogEntry, locale: Locale) {
  const words = messagesFor(locale);
  const record = entry.record as Record<string, unknown>;
  const names = record.names as
    | { display: Record<string, string>; acronyms?: Record<string, string[]>; aliases?: Record<string, string[]> }
    | undefined;
  const title = (names?.display ?? record.title) as Record<string, string>;
  const kind = kindLabel(entry, locale);
  const location = record.location as { place?: Record<string, string>; city?: Record<string, string> } | undefined;
  const description = record.description as Record<string, string> | undefined;
  const shownTitle = textIn(title, locale).text;
  // Every language's name is indexed in every language's index: a Chinese name finds the record
  // from the English search page too. The title shown is indexed once, as the heading, so that
  // excerpts do not repeat it.
  const content = [
    ...Object.values(title).filter((name) => name !== shownTitle),
    ...Object.values(names?.acronyms ?? {}).flat(),
    ...Object.values(names?.aliases ?? {}).flat(),
    kind,
    ...Object.values(location?.place ?? {}),
    ...Object.values(location?.city ?? {}),
    ...Object.values(description ?? {}),
  ].join("\n");
  const type = words.recordTypes[entry.collection];
  return {
    url: pageLinks(site, locale, sitePaths.recordPage(entry.collection, entry.id)).href,
    content,
    language: pagefindLanguage[locale],
    title: shownTitle,
    filters: { [words.searchPage.typeFilter]: [type], [words.searchPage.kindFilter]: [kind] },
  };
}

function kindLabel(entry: CatalogEntry, locale: Locale): string {
  const words = messagesFor(locale);
  const kind = (entry.record as { kind: string }).kind;
  if (entry.collection === "organizations")
    return words.organizationKinds[kind as keyof typeof words.organizationKinds];
  if (entry.collection === "events") return words.eventKinds[kind as keyof typeof words.eventKinds];
  return words.sourceKinds[kind as keyof typeof words.sourceKinds];
}
