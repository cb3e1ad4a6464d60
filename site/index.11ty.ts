import type { HomePage } from "../scripts/pages/home-page.ts";
import { dataUpdated, eventList, jsonLd, section, textPieces } from "./_includes/components.ts";
import { linkRow, subscriptionLinks } from "./_includes/format-links.ts";
import { html } from "./_includes/html.ts";
import { layout } from "./_includes/layout.ts";
import { searchBox } from "./_includes/search-box.ts";
import { paginated, viewOf, type TemplateData } from "./_includes/template-data.ts";

export default class {
  data() {
    return paginated("home");
  }

  render(data: TemplateData): string {
    const view = viewOf<HomePage>(data, "home");
    const messages = data.messages[view.frame.locale];
    const counts = html`<ul class="counts">
${view.counts.map((count) => html`<li><a href="${count.href}">${count.label}</a></li>\n`)}</ul>
`;
    const latest = html`${view.latestEvents.length ? eventList(view.latestEvents, messages) : html`<p>${messages.noEvents}</p>\n`}<p>${linkRow([{ href: view.eventsHref, text: messages.allEvents }, ...subscriptionLinks(messages, view.feedHref, view.calendarHref)])}</p>
`;
    const developers = html`<p>${messages.forDevelopersText}</p>
<p><a href="${view.apiHref}">${messages.apiPage.title}</a> · <a href="${view.apiIndex}" type="application/json">${view.apiIndex}</a></p>
`;
    return layout({
      frame: view.frame,
      messages,
      pathPrefix: data.site.pathPrefix,
      head: jsonLd(view.jsonLd),
      content: html`<h1>${messages.siteName}</h1>
<p class="tagline">${textPieces(view.tagline)}</p>
<p class="lead">${textPieces(view.intro)}</p>
${searchBox(view.frame.searchHref, messages, "home-search-input", "home-search")}${section("numbers", messages.inNumbers, html`${counts}${dataUpdated(view.dataUpdated, messages)}`)}${section("latest", messages.latestEvents, latest)}${section("developers", messages.forDevelopers, developers)}`,
    });
  }
}
