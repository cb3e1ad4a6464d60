import { fill, fillPieces, type Messages } from "../../scripts/i18n/messages.ts";
import type { ChangeLine } from "../../scripts/pages/change-lines.ts";
import type { CitedSource } from "../../scripts/pages/citations.ts";
import type { Inference } from "../../scripts/pages/inferences.ts";
import type { TextPiece } from "../../scripts/pages/registry-intro.ts";
import { jsonForScript } from "../../scripts/pages/json-ld.ts";
import type { LangText } from "../../scripts/i18n/localized-text.ts";
import type { FactRow, FactValue } from "../../scripts/pages/organization-page.ts";
import type { PageNav } from "../../scripts/pages/page-navigation.ts";
import type { DateText, EventLine, Link, LinkInText } from "../../scripts/pages/record-lines.ts";
import type { RowFacets } from "../../scripts/pages/list-filters.ts";
import { html, trusted, type SafeHtml } from "./html.ts";
import { facetAttributes } from "./list-filter-form.ts";

/** Pieces that several page templates share. */

/** Text, with its language marked when it is not the page's. */
export const text = (t: LangText): SafeHtml =>
  t.lang ? html`<span lang="${t.lang}">${t.text}</span>` : html`${t.text}`;

export const link = (l: Link): SafeHtml =>
  html`<a href="${l.href}"${l.lang ? html` lang="${l.lang}"` : ""}>${l.text}</a>`;

/** Text made of wording and of records' names and links, each piece marked or linked as it is. */
export const textPieces = (pieces: readonly TextPiece[]): SafeHtml[] =>
  pieces.map((piece) => (typeof piece === "string" ? html`${piece}` : "href" in piece ? link(piece) : text(piece)));

/** A sentence with a link inside it. */
export const linkInText = (sentence: LinkInText): SafeHtml =>
  html`${sentence.before}${link(sentence.link)}${sentence.after}`;

/** A list of links to records, or false when there is none (for `section`). */
export function linkList(links: readonly Link[]): SafeHtml | false {
  if (!links.length) return false;
  return html`<ul class="record-list">
${links.map((item) => html`<li>${link(item)}</li>\n`)}</ul>
`;
}

/** Superscript links to the numbered sources that support a fact. */
export const citationMarks = (numbers: readonly number[], messages: Messages): SafeHtml[] =>
  numbers.map(
    (number) =>
      html`<sup class="citation"><a href="#source-${number}" aria-label="${messages.sourceNumber} ${number}">[${number}]</a></sup>`,
  );

/**
 * The mark beside a value that no source states but that is inferred from one: a word, the reason
 * on hover, and the reason read out after the word by screen readers. Nothing when there is none.
 */
export function inferredMark(inference: Inference | undefined, messages: Messages): SafeHtml {
  if (!inference) return html``;
  const spoken = fillPieces<LangText>(messages.inferredBecause, { reason: inference.reason });
  return html` <span class="inferred" title="${inference.reason.text}"><span aria-hidden="true">${messages.inferred}</span><span class="visually-hidden">${textPieces(spoken)}</span></span>`;
}

/** A record's facts; each row links the numbered sources that support it, and marks what is inferred. */
export function facts(rows: readonly FactRow[], messages: Messages): SafeHtml {
  if (!rows.length) return html``;
  // A value in parts (a location) keeps each part's language: "Shanghai, 中国" on a Chinese page.
  const shown = (value: FactValue) =>
    value.parts
      ? value.parts.map((part, index) => [index ? ", " : "", text(part), inferredMark(part.inferred, messages)])
      : value.href
        ? link(value as Link)
        : text(value);
  const untranslated = (value: FactValue) =>
    value.untranslated ? untranslatedMark(messages.finding.untranslatedText) : "";
  // Sentences follow one another after a space, except after a Chinese full stop, which has its own.
  const separator = (row: FactRow, previous: FactValue) =>
    row.sentences ? (/[。！？]$/.test(previous.text) ? "" : " ") : html`<span class="separator">; </span>`;
  const values = (row: FactRow) =>
    row.values.map((value, index) => [
      index ? separator(row, row.values[index - 1]!) : "",
      shown(value),
      untranslated(value),
    ]);
  return html`<dl class="facts">
${rows.map((row) => html`<div><dt>${row.label}</dt><dd>${values(row)}${inferredMark(row.inferred, messages)}${citationMarks(row.citations, messages)}</dd></div>\n`)}</dl>
`;
}

/** What a source does for a record: the fields it supports, or those inferred from it and why. */
function support(supports: string, inferred: Inference | undefined, messages: Messages): SafeHtml {
  return inferred
    ? html`${textPieces(fillPieces<LangText>(messages.inferredFromSource, { fields: supports, reason: inferred.reason }))}`
    : html`${messages.supports}: ${supports}`;
}

export function sources(list: readonly CitedSource[], messages: Messages): SafeHtml {
  if (!list.length) return html``;
  return html`<section aria-labelledby="sources-heading">
<h2 id="sources-heading">${messages.sources}</h2>
<ol class="sources">
${list.map((source) => html`<li id="source-${source.number}">${link({ href: source.href, ...source.title })} <span class="supports">(${support(source.supports, source.inferred, messages)})</span></li>\n`)}</ol>
</section>
`;
}

/** The records that cite a source: each, and what the source does for it. */
export function citedByList(
  list: readonly { link: Link; type: string; supports: string; inferred?: Inference }[],
  messages: Messages,
): SafeHtml {
  return html`<ul class="record-list">
${list.map((citation) => html`<li>${link(citation.link)} <span class="meta">${citation.type} · ${support(citation.supports, citation.inferred, messages)}</span></li>\n`)}</ul>
`;
}

export function eventList(
  events: readonly (EventLine & { roles?: string; facets?: RowFacets })[],
  messages: Messages,
): SafeHtml {
  return html`<ul class="record-list">
${events.map((event) => html`<li${event.facets ? facetAttributes(event.facets) : ""}>${link({ href: event.href, ...event.title })} <span class="meta">${event.when} · ${event.kind} · ${event.status}${inferredMark(event.inferred, messages)}${event.roles ? ` · ${event.roles}` : ""}</span></li>\n`)}</ul>
`;
}

/** Paragraphs of text; `end` closes the last (an inferred description's mark). */
export function paragraphs(list: readonly LangText[], end: SafeHtml = html``): SafeHtml {
  return html`${list.map((p, index) => html`<p${p.lang ? html` lang="${p.lang}"` : ""}>${p.text}${index === list.length - 1 ? end : ""}</p>\n`)}`;
}

/** A section with a heading, shown only when it has something in it. */
export function section(id: string, heading: string, body: SafeHtml | false): SafeHtml {
  if (body === false) return html``;
  return html`<section aria-labelledby="${id}-heading">
<h2 id="${id}-heading">${heading}</h2>
${body}</section>
`;
}

/** A record's newest changes, with a link to all of them. */
export function changes(list: readonly ChangeLine[], historyHref: string, messages: Messages): SafeHtml {
  const items = list.length
    ? html`<ol class="changes" reversed>
${list.map((change) => html`<li><span class="meta">${change.date}</span> ${text(change.summary)}</li>\n`)}</ol>
`
    : html`<p>${messages.noChanges}</p>\n`;
  return section(
    "changes",
    messages.changes,
    html`${items}<p><a href="${historyHref}" type="application/json">${messages.fullHistory}</a></p>\n`,
  );
}

/** The notice on a tombstone's page, with the record that replaces it. */
export function withdrawn(notice: { successor?: Link } | undefined, messages: Messages): SafeHtml {
  if (!notice) return html``;
  return html`<p class="notice" role="status">${messages.withdrawnNotice}${notice.successor ? html` ${link(notice.successor)}` : ""}</p>\n`;
}

/** The dates and other forms at the foot of a record's page. */
export function recordFooter(dates: string, formatsLine: SafeHtml): SafeHtml {
  return html`<footer class="record-footer">
<p>${dates}</p>
${formatsLine}</footer>
`;
}

/** schema.org data in a script element: jsonForScript escapes < > & so no text can close it. */
export function jsonLd(data: object): SafeHtml {
  return html`<script type="application/ld+json">${trusted(jsonForScript(data))}</script>\n`;
}

/**
 * Links between the pages of a long list: previous, the first, the last and the pages around this
 * one, and next. The current page is marked for screen readers; every link says which page it is.
 */
export function pageNavigation(nav: PageNav | undefined, messages: Messages): SafeHtml {
  if (!nav) return html``;
  const pageLabel = (page: number) => fill(messages.listPages.page, { page: `${page}` });
  const items = nav.items.map((item) =>
    "gap" in item
      ? html`<li aria-hidden="true">…</li>\n`
      : item.current
        ? html`<li><a href="${item.href}" aria-current="page" aria-label="${pageLabel(item.page)}">${item.page}</a></li>\n`
        : html`<li><a href="${item.href}" aria-label="${pageLabel(item.page)}">${item.page}</a></li>\n`,
  );
  const previous = nav.previous
    ? html`<li><a href="${nav.previous}" rel="prev">${messages.listPages.previous}</a></li>\n`
    : "";
  const next = nav.next ? html`<li><a href="${nav.next}" rel="next">${messages.listPages.next}</a></li>\n` : "";
  return html`<nav class="pages" aria-label="${messages.listPages.label}">
<ul>
${previous}${items}${next}</ul>
</nav>
`;
}

/** "Data updated 6 November 2023", the date in a `<time>` element: how fresh what the page shows is. */
export function dataUpdated(date: DateText, messages: Messages): SafeHtml {
  const [before = "", after = ""] = messages.finding.dataUpdated.split("{date}");
  return html`<p class="data-updated">${before}<time datetime="${date.datetime}">${date.text}</time>${after}</p>\n`;
}

/** The same note inside a line, after the text it is about. */
export const untranslatedMark = (note: string): SafeHtml => html` <span class="untranslated-note">${note}</span>`;

/**
 * A note under a heading or above paragraphs shown in another language because the record has
 * none in the page's: `textIn` marks such text with its language, and only such text.
 */
export function untranslatedNote(shown: LangText | undefined, note: string): SafeHtml {
  return shown?.lang ? html`<p class="untranslated-note">${note}</p>\n` : html``;
}
