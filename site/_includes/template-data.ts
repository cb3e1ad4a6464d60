import type { Locale, Messages } from "../../scripts/i18n/messages.ts";
import type { PageItem, PageName } from "../../scripts/pages/page-items.ts";
import type { PageViews } from "../../scripts/pages/page-views.ts";

/**
 * What a page template receives, from Eleventy's data cascade or, in `npm run build`, the same
 * keys: the page's item (the pagination alias), what each kind of page shows of an item, the
 * text of each language, and the site's path prefix.
 */
export interface TemplateData {
  item: PageItem;
  views: PageViews;
  messages: Record<Locale, Messages>;
  site: { pathPrefix: string };
}

/** What the page of this kind shows of the template's item. */
export function viewOf<View>(data: TemplateData, name: PageName): View {
  return data.views[name](data.item) as View;
}

/** The data of a template with one page per item of `pages.<name>` (see scripts/pages/page-items.ts). */
export function paginated(name: PageName) {
  return {
    pagination: { data: `pages.${name}`, size: 1, alias: "item" },
    permalink: (data: { item: PageItem }) => data.item.permalink,
    eleventyExcludeFromCollections: true,
  };
}
