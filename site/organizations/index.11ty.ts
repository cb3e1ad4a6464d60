import type { OrganizationListPage } from "../../scripts/pages/list-pages.ts";
import { inferredMark, link, pageNavigation, section } from "../_includes/components.ts";
import { html } from "../_includes/html.ts";
import { listFormats } from "../_includes/format-links.ts";
import { layout } from "../_includes/layout.ts";
import { facetAttributes, listFilterForm, listFilterScript } from "../_includes/list-filter-form.ts";
import { paginated, viewOf, type TemplateData } from "../_includes/template-data.ts";

export default class {
  data() {
    return paginated("organizationList");
  }

  render(data: TemplateData): string {
    const view = viewOf<OrganizationListPage>(data, "organizationList");
    const messages = data.messages[view.frame.locale];
    const rows = view.groups.reduce((sum, group) => sum + group.organizations.length, 0);
    const groups = view.groups.map((group) =>
      section(
        `kind-${group.kind}`,
        `${group.label} (${group.total})`,
        html`<ul class="record-list">
${group.organizations.map((organization) => html`<li${facetAttributes(organization.facets)}>${link(organization)} <span class="meta">${organization.kindInferred ? html`${group.label}${inferredMark(organization.kindInferred, messages)} · ` : ""}${organization.status}${inferredMark(organization.statusInferred, messages)}</span></li>\n`)}</ul>
`,
      ),
    );
    return layout({
      frame: view.frame,
      messages,
      pathPrefix: data.site.pathPrefix,
      head: listFilterScript(data.site.pathPrefix),
      content: html`<h1>${view.heading} <span class="count">(${view.total})</span></h1>
${listFormats(messages, view.data)}${listFilterForm(view.filterForm, rows, messages)}<div data-list-groups>
${groups}</div>
${pageNavigation(view.pageNav, messages)}`,
    });
  }
}
