import type { Messages } from "../../scripts/i18n/messages.ts";
import { html, type SafeHtml } from "./html.ts";

/**
 * A search box that needs no script: a plain GET form that opens the search page of the page's
 * language with the words as `?q=`, which the search page's script then runs. `id` tells the boxes
 * of one page apart (the header's and the home page's).
 */
export function searchBox(action: string, messages: Messages, id: string, className: string): SafeHtml {
  return html`<form class="${className}" action="${action}" method="get" role="search">
<label for="${id}">${messages.searchPage.label}</label>
<span class="search-row"><input id="${id}" type="search" name="q" autocomplete="off" enterkeyhint="search"><button type="submit">${messages.finding.searchButton}</button></span>
</form>
`;
}
