import type { SourcePage } from "../../scripts/pages/source-page.ts";
import {
  changes,
  citedByList,
  dataUpdated,
  facts,
  recordFooter,
  section,
  text,
  untranslatedNote,
  withdrawn,
} from "../_includes/components.ts";
import { recordFormats } from "../_includes/format-links.ts";
import { html } from "../_includes/html.ts";
import { layout } from "../_includes/layout.ts";
import { paginated, viewOf, type TemplateData } from "../_includes/template-data.ts";

export default class {
  data() {
    return paginated("source");
  }

  render(data: TemplateData): string {
    const view = viewOf<SourcePage>(data, "source");
    const messages = data.messages[view.frame.locale];
    const citedBy = view.citedBy.length ? citedByList(view.citedBy, messages) : html`<p>${messages.noEvents}</p>\n`;
    return layout({
      frame: view.frame,
      messages,
      pathPrefix: data.site.pathPrefix,
      content: html`<article>
<h1>${text(view.heading)}</h1>
${untranslatedNote(view.heading, messages.finding.untranslatedName)}${dataUpdated(view.dataUpdated, messages)}${withdrawn(view.withdrawn, messages)}${facts(view.facts, messages)}${section("cited", messages.fields.citedBy, citedBy)}${changes(view.changes, view.historyHref, messages)}${recordFooter(view.dates, recordFormats(messages, view.jsonHref))}</article>
`,
    });
  }
}
