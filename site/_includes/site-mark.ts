import { html } from "./html.ts";

/**
 * The registry's own mark, beside its name in every page's header: organizations (the dots)
 * gathered round one place (the centre). Drawn in `currentColor`, so that it takes the colour
 * its CSS gives it in the light and the dark scheme alike; inline, so that it costs no request.
 * The name beside it says what it stands for, so screen readers skip it.
 */
export const siteMark = html`<svg class="site-mark" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><rect x="1" y="1" width="22" height="22" rx="5" fill="none" stroke="currentColor" stroke-width="2"/><path d="M7 7l10 10M17 7 7 17" stroke="currentColor" stroke-width="1.5"/><g fill="currentColor"><circle cx="12" cy="12" r="3.2"/><circle cx="7" cy="7" r="2"/><circle cx="17" cy="7" r="2"/><circle cx="7" cy="17" r="2"/><circle cx="17" cy="17" r="2"/></g></svg>`;
