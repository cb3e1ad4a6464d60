import type { SourceListPage } from "../../scripts/pages/list-pages.ts";
import { link, pageNavigation, text } from "../_includes/components.ts";
import { html } from "../_includes/html.ts";
import { listFormats } from "../_includes/format-links.ts";
import { layout } from "../_includes/layout.ts";
import { facetAttributes, listFilterForm, listFilterScript } from "../_includes/list-filter-form.ts";
import { paginated, viewOf, type TemplateData } from "../_includes/template-data.ts";

export default class {
  data() {
    return paginated("sourceList");
  }

  render(data: TemplateData): string {
    const view = viewOf<SourceListPage>(data, "sourceList");
    const messages = data.messages[view.frame.locale];
    return layout({
      frame: view.frame,
      messages,
      pathPrefix: data.site.pathPrefix,
      head: listFilterScript(data.site.pathPrefix),
      content: html`<h1>${view.heading} <span class="count">(${view.total})</span></h1>
${listFormats(messages, view.data)}${listFilterForm(view.filterForm, view.sources.length, messages)}<div data-list-groups>
<ul class="record-list">
${view.sources.map((source) => html`<li${facetAttributes(source.facets)}>${link(source)} <span class="meta">${source.kind}${source.publisher ? html` · ${text(source.publisher)}` : ""}</span></li>\n`)}</ul>
</div>
${pageNavigation(view.pageNav, messages)}`,
    });
  }
}
