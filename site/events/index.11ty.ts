import type { EventListPage } from "../../scripts/pages/list-pages.ts";
import { eventList, pageNavigation, section } from "../_includes/components.ts";
import { html } from "../_includes/html.ts";
import { listFormats } from "../_includes/format-links.ts";
import { layout } from "../_includes/layout.ts";
import { listFilterForm, listFilterScript } from "../_includes/list-filter-form.ts";
import { paginated, viewOf, type TemplateData } from "../_includes/template-data.ts";

export default class {
  data() {
    return paginated("eventList");
  }

  render(data: TemplateData): string {
    const view = viewOf<EventListPage>(data, "eventList");
    const messages = data.messages[view.frame.locale];
    const none = html`<p>${messages.noEvents}</p>\n`;
    // The first page says when a part is empty; later pages show only the parts they hold.
    const first = view.page === 1;
    const rows = view.upcoming.length + view.pastByYear.reduce((sum, year) => sum + year.events.length, 0);
    const upcoming = view.upcoming.length ? eventList(view.upcoming, messages) : first && none;
    const past = view.pastByYear.length
      ? html`${view.pastByYear.map((year) => html`<h3>${year.year} <span class="count">(${year.total})</span></h3>\n${eventList(year.events, messages)}`)}`
      : first && none;
    return layout({
      frame: view.frame,
      messages,
      pathPrefix: data.site.pathPrefix,
      head: listFilterScript(data.site.pathPrefix),
      content: html`<h1>${view.heading} <span class="count">(${view.total})</span></h1>
${listFormats(messages, view.data, view.feedHref, view.calendarHref)}${listFilterForm(view.filterForm, rows, messages)}<div data-list-groups>
${section("upcoming", `${messages.upcomingEvents} (${view.upcomingTotal})`, upcoming)}${section("past", messages.pastEvents, past)}</div>
${pageNavigation(view.pageNav, messages)}`,
    });
  }
}
