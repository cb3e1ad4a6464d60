import type { RedirectPage } from "../scripts/pages/redirect-page.ts";
import { link } from "./_includes/components.ts";
import { html } from "./_includes/html.ts";
import { layout } from "./_includes/layout.ts";
import { paginated, viewOf, type TemplateData } from "./_includes/template-data.ts";

export default class {
  data() {
    return paginated("redirect");
  }

  render(data: TemplateData): string {
    const view = viewOf<RedirectPage>(data, "redirect");
    const messages = data.messages[view.frame.locale];
    return layout({
      frame: view.frame,
      messages,
      pathPrefix: data.site.pathPrefix,
      content: html`<h1>${view.frame.title}</h1>
<p>${view.message} ${link(view.target)}</p>
`,
    });
  }
}
