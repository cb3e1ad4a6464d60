import type { Locale, Messages } from "../../scripts/i18n/messages.ts";
import type { PageItem, PageTemplate } from "../../scripts/pages/pages-index.ts";

/**
 * What a page template receives. The build renders each page with its `view` ready; when
 * Eleventy runs on its own, it paginates over `pages` and the template asks `views` for it.
 */
export interface TemplateData<View> {
  view?: View;
  item?: PageItem;
  views?: Record<PageTemplate, (item: PageItem) => unknown>;
  messages: Record<Locale, Messages>;
  site: { pathPrefix: string };
}

export function viewOf<View>(data: TemplateData<View>, template: PageTemplate): View {
  return data.view ?? (data.views![template](data.item!) as View);
}

/** Front matter of a paginated template, for Eleventy's own build: one page per item. */
export function paginated(template: PageTemplate) {
  return {
    pagination: { data: `pages.${template}`, size: 1, alias: "item" },
    permalink: (data: { item: PageItem }) => data.item.permalink,
    eleventyExcludeFromCollections: true,
  };
}
