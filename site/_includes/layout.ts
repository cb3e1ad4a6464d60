import type { Messages } from "../../scripts/i18n/messages.ts";
import type { PageFrame } from "../../scripts/pages/page-frame.ts";
import { html, type SafeHtml } from "./html.ts";
import { searchBox } from "./search-box.ts";
import { siteMark } from "./site-mark.ts";

export interface LayoutData {
  frame: PageFrame;
  messages: Messages;
  /** The site's path prefix, such as `/` or `/repo/`. */
  pathPrefix: string;
  head?: SafeHtml;
  content: SafeHtml;
}

/** The frame of every page: head, header with navigation, main content, footer. */
export function layout({ frame, messages, pathPrefix, head, content }: LayoutData): string {
  const title = frame.section === "home" ? frame.title : `${frame.title} · ${messages.siteName}`;
  const otherLanguage = frame.alternates.find((alternate) => alternate.hreflang !== frame.locale);
  const alternates = frame.alternates.map(
    (alternate) => html`<link rel="alternate" hreflang="${alternate.hreflang}" href="${alternate.href}">\n`,
  );
  const feeds = frame.feeds.map(
    (feed) => html`<link rel="alternate" type="${feed.type}" title="${feed.title}" href="${feed.href}">\n`,
  );
  const nav = frame.nav.map(
    (item) =>
      html`<li><a href="${item.href}"${item.current ? html` aria-current="page"` : ""}>${item.label}</a></li>\n`,
  );
  return html`<!doctype html>
<html lang="${frame.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${frame.description}">
${sharingMeta(frame, messages)}${frame.redirect ? html`<meta http-equiv="refresh" content="0; url=${frame.redirect}">\n` : ""}<link rel="canonical" href="${frame.canonical}">
${alternates}${feeds}${frame.json ? html`<link rel="alternate" type="application/json" href="${frame.json}">\n` : ""}<link rel="icon" href="${pathPrefix}assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${pathPrefix}assets/site.css">
${head ?? ""}</head>
<body>
<a class="skip-link" href="#main">${messages.skipToContent}</a>
<header class="site-header">
<a class="site-name" href="${frame.homeHref}">${siteMark}<span>${messages.siteName}</span></a>
${frame.section === "search" || frame.section === "home" ? "" : searchBox(frame.searchHref, messages, "header-search-input", "header-search")}${otherLanguage ? html`<a class="language-switch" href="${otherLanguage.localHref}" hreflang="${otherLanguage.hreflang}" lang="${otherLanguage.hreflang}">${messages.languageSwitch}</a>\n` : ""}<nav aria-label="${messages.primaryNavigation}">
<ul>
${nav}</ul>
</nav>
</header>
<main id="main" tabindex="-1">
${content}</main>
<footer class="site-footer">
<p>${messages.footerIndependence}</p>
<p>${messages.footerLicence}</p>
</footer>
</body>
</html>
`.html;
}

/**
 * What a link preview shows when the page is shared (Open Graph, read by most chat and social
 * apps, and Twitter's card): the same title, description and address as the page's own.
 */
function sharingMeta(frame: PageFrame, messages: Messages): SafeHtml {
  return html`<meta property="og:type" content="website">
<meta property="og:site_name" content="${messages.siteName}">
<meta property="og:title" content="${frame.title}">
<meta property="og:description" content="${frame.description}">
<meta property="og:url" content="${frame.canonical}">
<meta property="og:locale" content="${frame.openGraphLocale}">
${frame.openGraphAlternates.map((locale) => html`<meta property="og:locale:alternate" content="${locale}">\n`)}<meta name="twitter:card" content="summary">
`;
}
