import type { OrganizationPage } from "../../scripts/pages/organization-page.ts";
import {
  changes,
  eventList,
  facts,
  inferredMark,
  jsonLd,
  linkList,
  paragraphs,
  recordFooter,
  section,
  sources,
  text,
  withdrawn,
  dataUpdated,
  untranslatedNote,
} from "../_includes/components.ts";
import { recordFormats } from "../_includes/format-links.ts";
import { html } from "../_includes/html.ts";
import { layout } from "../_includes/layout.ts";
import { paginated, viewOf, type TemplateData } from "../_includes/template-data.ts";

export default class {
  data() {
    return paginated("organization");
  }

  render(data: TemplateData): string {
    const view = viewOf<OrganizationPage>(data, "organization");
    const messages = data.messages[view.frame.locale];
    const events = view.events.length ? eventList(view.events, messages) : html`<p>${messages.noEvents}</p>\n`;
    return layout({
      frame: view.frame,
      messages,
      pathPrefix: data.site.pathPrefix,
      head: jsonLd(view.jsonLd),
      content: html`<article>
<h1>${text(view.heading)}${inferredMark(view.headingInferred, messages)}</h1>
${untranslatedNote(view.heading, messages.finding.untranslatedName)}${dataUpdated(view.dataUpdated, messages)}${withdrawn(view.withdrawn, messages)}${facts(view.facts, messages)}${section("description", messages.fields.description, view.description.length > 0 && html`${untranslatedNote(view.description[0], messages.finding.untranslatedText)}${paragraphs(view.description, inferredMark(view.descriptionInferred, messages))}`)}${section("children", messages.fields.children, linkList(view.children))}${section("events", messages.events, events)}${section("published", messages.publishedSources, linkList(view.published))}${sources(view.sources, messages)}${changes(view.changes, view.historyHref, messages)}${recordFooter(view.dates, recordFormats(messages, view.jsonHref, view.feedHref))}</article>
`,
    });
  }
}
