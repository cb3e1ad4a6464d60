import type { AboutPage } from "../scripts/pages/static-pages.ts";
import { linkInText, textPieces } from "./_includes/components.ts";
import { html } from "./_includes/html.ts";
import { layout } from "./_includes/layout.ts";
import { paginated, viewOf, type TemplateData } from "./_includes/template-data.ts";

export default class {
  data() {
    return paginated("about");
  }

  render(data: TemplateData): string {
    const view = viewOf<AboutPage>(data, "about");
    const messages = data.messages[view.frame.locale];
    const words = messages.aboutPage;
    return layout({
      frame: view.frame,
      messages,
      pathPrefix: data.site.pathPrefix,
      content: html`<h1>${words.title}</h1>
<h2>${words.what}</h2>
<p>${textPieces(view.what)}</p>
<p>${linkInText(view.holdings)}</p>
<h2>${words.principles}</h2>
<p>${words.principlesText}</p>
<h2>${words.licence}</h2>
<p>${words.licenceText} <a href="https://creativecommons.org/publicdomain/zero/1.0/">CC0 1.0</a></p>
<h2>${words.contribute}</h2>
<p>${words.contributeText}${view.repositoryUrl ? html` <a href="${view.repositoryUrl}">${words.repository}</a>` : ""}</p>
`,
    });
  }
}
