import { fill, type Messages } from "../../scripts/i18n/messages.ts";
import type { ListFilterForm, RowFacets } from "../../scripts/pages/list-filters.ts";
import { html, type SafeHtml } from "./html.ts";

/** A row's facets as data attributes, which the list's script filters and sorts by. */
export function facetAttributes(facets: RowFacets): SafeHtml {
  return html` data-kind="${facets.kind}"${facets.status ? html` data-status="${facets.status}"` : ""}${facets.country ? html` data-country="${facets.country}"` : ""}${facets.date ? html` data-date="${facets.date}"` : ""}`;
}

/**
 * The form that narrows and orders a list, which the list's script drives. The stylesheet hides
 * it where scripts do not run (`scripting: none`), where it could do nothing and the whole list
 * shows; it is not hidden in the markup and shown by the script, which would push the list down
 * after the first paint. `total` is the rows on the page.
 */
export function listFilterForm(form: ListFilterForm, total: number, messages: Messages): SafeHtml {
  const words = messages.finding.listFilters;
  const select = (name: string, label: string, options: { value: string; label: string }[], first?: string) =>
    html`<label>${label} <select name="${name}">${first === undefined ? "" : html`<option value="">${first}</option>`}${options.map((option) => html`<option value="${option.value}">${option.label}</option>`)}</select></label>\n`;
  return html`<form class="list-filters" data-list-filter aria-label="${words.label}">
${form.filters.map((filter) => select(filter.name, filter.label, filter.options, words.any))}${select("sort", words.sort, form.sorts)}<button type="reset">${words.reset}</button>
<output data-showing="${words.showing}" data-total="${total}">${fill(words.showing, { shown: `${total}`, total: `${total}` })}</output>
</form>
<ul class="record-list" data-list-results hidden></ul>
`;
}

/** The list's script, which only list pages load. */
export const listFilterScript = (pathPrefix: string): SafeHtml =>
  html`<script src="${pathPrefix}assets/list-filter.js" defer></script>\n`;
