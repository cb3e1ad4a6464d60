import type { NotFoundPage } from "../scripts/pages/static-pages.ts";
import { html } from "./_includes/html.ts";
import { layout } from "./_includes/layout.ts";
import { paginated, viewOf, type TemplateData } from "./_includes/template-data.ts";

export default class {
  data() {
    return paginated("notFound");
  }

  render(data: TemplateData<NotFoundPage>): string {
    const view = viewOf(data, "notFound");
    const messages = data.messages[view.frame.locale];
    return layout({
      frame: view.frame,
      messages,
      pathPrefix: data.site.pathPrefix,
      content: html`<h1>${messages.notFound.title}</h1>
<p>${messages.notFound.text}</p>
<ul>
${view.lists.map((list) => html`<li><a href="${list.href}">${list.label}</a></li>\n`)}</ul>
`,
    });
  }
}
