import type { SearchPage } from "../scripts/pages/static-pages.ts";
import { linkInText } from "./_includes/components.ts";
import { html } from "./_includes/html.ts";
import { layout } from "./_includes/layout.ts";
import { paginated, viewOf, type TemplateData } from "./_includes/template-data.ts";

export default class {
  data() {
    return paginated("search");
  }

  render(data: TemplateData): string {
    const view = viewOf<SearchPage>(data, "search");
    const messages = data.messages[view.frame.locale];
    return layout({
      frame: view.frame,
      messages,
      pathPrefix: data.site.pathPrefix,
      head: html`<link rel="stylesheet" href="${view.stylesheet}">
${view.scripts.map((script) => html`<script src="${script}" defer></script>\n`)}`,
      content: html`<h1>${messages.searchPage.title}</h1>
<p>${messages.searchPage.intro}</p>
${view.otherLanguage ? html`<p>${linkInText(view.otherLanguage)}</p>\n` : ""}<p id="search-label" class="search-label">${messages.searchPage.label}</p>
<div id="search" data-bundles="${view.bundlePaths.join(" ")}" data-filters="${JSON.stringify(view.addressFilters)}"${view.chineseSearchHref ? html` data-chinese-search="${view.chineseSearchHref}"` : ""}></div>
<p id="search-status" class="visually-hidden" role="status"></p>
<noscript><p>${messages.searchPage.noScript}</p></noscript>
`,
    });
  }
}
