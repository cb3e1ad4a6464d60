import type { NotFoundPage, NotFoundText } from "../scripts/pages/static-pages.ts";
import { html } from "./_includes/html.ts";
import { layout } from "./_includes/layout.ts";
import { paginated, viewOf, type TemplateData } from "./_includes/template-data.ts";

export default class {
  data() {
    return paginated("notFound");
  }

  render(data: TemplateData): string {
    const view = viewOf<NotFoundPage>(data, "notFound");
    const messages = data.messages[view.frame.locale];
    const body = (text: NotFoundText) => html`<p>${text.text}</p>
<ul>
${text.lists.map((list) => html`<li><a href="${list.href}">${list.label}</a></li>\n`)}</ul>
`;
    return layout({
      frame: view.frame,
      messages,
      pathPrefix: data.site.pathPrefix,
      content: html`<h1>${view.own.title}${view.others.map((text) => html` · <span lang="${text.locale}">${text.title}</span>`)}</h1>
${body(view.own)}${view.others.map(
        (text) => html`<div lang="${text.locale}">
${body(text)}</div>
`,
      )}`,
    });
  }
}
