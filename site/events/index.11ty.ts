import type { EventListPage } from "../../scripts/pages/list-pages.ts";
import { eventList, section } from "../_includes/components.ts";
import { html } from "../_includes/html.ts";
import { dataLinks, layout } from "../_includes/layout.ts";
import { paginated, viewOf, type TemplateData } from "../_includes/template-data.ts";

export default class {
  data() {
    return paginated("eventList");
  }

  render(data: TemplateData<EventListPage>): string {
    const view = viewOf(data, "eventList");
    const messages = data.messages[view.frame.locale];
    const none = html`<p>${messages.noEvents}</p>\n`;
    const past = view.pastByYear.length
      ? html`${view.pastByYear.map((year) => html`<h3>${year.year} <span class="count">(${year.events.length})</span></h3>\n${eventList(year.events)}`)}`
      : none;
    return layout({
      frame: view.frame,
      messages,
      pathPrefix: data.site.pathPrefix,
      content: html`<h1>${view.frame.title} <span class="count">(${view.total})</span></h1>
${dataLinks(messages, view.data, view.feedHref, view.calendarHref)}${section("upcoming", `${messages.upcomingEvents} (${view.upcoming.length})`, view.upcoming.length ? eventList(view.upcoming) : none)}${section("past", messages.pastEvents, past)}`,
    });
  }
}
