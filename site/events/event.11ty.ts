import type { EventPage } from "../../scripts/pages/event-page.ts";
import {
  changes,
  citationMarks,
  facts,
  inferredMark,
  jsonLd,
  link,
  paragraphs,
  recordFooter,
  section,
  sources,
  text,
  withdrawn,
  dataUpdated,
  untranslatedMark,
  untranslatedNote,
} from "../_includes/components.ts";
import { recordFormats } from "../_includes/format-links.ts";
import { html } from "../_includes/html.ts";
import { layout } from "../_includes/layout.ts";
import { paginated, viewOf, type TemplateData } from "../_includes/template-data.ts";

export default class {
  data() {
    return paginated("event");
  }

  render(data: TemplateData): string {
    const view = viewOf<EventPage>(data, "event");
    const messages = data.messages[view.frame.locale];
    const participants =
      view.participants.length > 0 &&
      html`<table>
<thead><tr><th scope="col" class="role">${messages.role}</th><th scope="col">${messages.fields.participants}</th></tr></thead>
<tbody>
${view.participants.map((participant) => html`<tr><td class="role">${participant.role}</td><td>${link(participant.organization)}${inferredMark(participant.inferred, messages)}${citationMarks(participant.citations, messages)}</td></tr>\n`)}</tbody>
</table>
`;
    const speakers =
      view.speakers.length > 0 &&
      html`<ul class="record-list">
${view.speakers.map((speaker) => html`<li>${text(speaker.name)}${speaker.otherNames.map((other) => html` (${text(other)})`)}${speaker.title ? html`, ${text(speaker.title)}` : ""}${speaker.organization ? html`, ${link(speaker.organization)}` : ""}${speaker.name.lang || speaker.title?.lang ? untranslatedMark(messages.finding.untranslatedText) : ""}${inferredMark(speaker.inferred, messages)}</li>\n`)}</ul>
`;
    return layout({
      frame: view.frame,
      messages,
      pathPrefix: data.site.pathPrefix,
      head: jsonLd(view.jsonLd),
      content: html`<article>
<h1>${text(view.heading)}${inferredMark(view.headingInferred, messages)}</h1>
${untranslatedNote(view.heading, messages.finding.untranslatedName)}${dataUpdated(view.dataUpdated, messages)}${withdrawn(view.withdrawn, messages)}${facts(view.facts, messages)}${section("participants", messages.fields.participants, participants)}${section("speakers", messages.fields.speakers, speakers)}${section("description", messages.fields.description, view.description.length > 0 && html`${untranslatedNote(view.description[0], messages.finding.untranslatedText)}${paragraphs(view.description, inferredMark(view.descriptionInferred, messages))}`)}${sources(view.sources, messages)}${changes(view.changes, view.historyHref, messages)}${recordFooter(view.dates, recordFormats(messages, view.jsonHref, undefined, view.calendarHref))}</article>
`,
    });
  }
}
