import type { Messages } from "../../scripts/i18n/messages.ts";
import { html, type SafeHtml } from "./html.ts";

/** A link to another form of what a page shows: its JSON, CSV, NDJSON, feed or calendar. */
export interface FormatLink {
  href: string;
  text: string;
  /** The linked file's media type, for browsers and readers that offer to open it. */
  type?: string;
}

/** The links to a record's or a list's feed and calendar, where it has them. */
export function subscriptionLinks(messages: Messages, feedHref?: string, calendarHref?: string): FormatLink[] {
  return [
    ...(feedHref ? [{ href: feedHref, text: messages.rssFeed, type: "application/rss+xml" }] : []),
    ...(calendarHref ? [{ href: calendarHref, text: messages.calendar, type: "text/calendar" }] : []),
  ];
}

/** Links in a row, separated by middle dots. */
export function linkRow(links: readonly FormatLink[]): SafeHtml {
  return html`${links.map(
    (link, index) =>
      html`${index ? " · " : ""}<a href="${link.href}"${link.type ? html` type="${link.type}"` : ""}>${link.text}</a>`,
  )}`;
}

/** The line that offers a page's other forms: "This record as: JSON · RSS feed", "This list as: …". */
export function formatLine(label: string, links: readonly FormatLink[]): SafeHtml {
  return html`<p class="formats">${label}: ${linkRow(links)}</p>\n`;
}

/** A record's other forms: its JSON, and its feed or calendar when it has one. */
export function recordFormats(
  messages: Messages,
  jsonHref: string,
  feedHref?: string,
  calendarHref?: string,
): SafeHtml {
  return formatLine(messages.formats, [
    { href: jsonHref, text: messages.json, type: "application/json" },
    ...subscriptionLinks(messages, feedHref, calendarHref),
  ]);
}

/** A list's other forms: JSON, CSV and NDJSON, and its feed and calendar when it has them. */
export function listFormats(
  messages: Messages,
  data: { json: string; csv: string; ndjson: string },
  feedHref?: string,
  calendarHref?: string,
): SafeHtml {
  return formatLine(messages.listFormats, [
    { href: data.json, text: messages.json, type: "application/json" },
    { href: data.csv, text: "CSV", type: "text/csv" },
    { href: data.ndjson, text: "NDJSON" },
    ...subscriptionLinks(messages, feedHref, calendarHref),
  ]);
}
