import type { CatalogEntry } from "../catalog/catalog.ts";
import type { PageContext } from "../pages/page-context.ts";
import {
  isRecordPageName,
  isSitePageName,
  recordPageItems,
  sitePageItems,
  type PageItem,
  type PageName,
} from "../pages/page-items.ts";
import { templateGlobals } from "../pages/page-views.ts";
import { collectionNames } from "../records/collections.ts";
import type { PageTemplate } from "./page-templates.ts";
import type { PlannedFile } from "./planned-file.ts";

/**
 * The pages the templates of `site/` make, as planned files: a template that lists
 * `pages.<name>` makes one page per item of that list (`scripts/pages/page-items.ts`), which
 * belongs to a record or to the site as a whole; any other template makes one page of the site.
 * Eleventy, run on its own, makes the same pages from the same lists (`scripts/eleventy/`).
 */
export class PageFiles {
  private readonly globals: ReturnType<typeof templateGlobals>;
  private readonly listed: { template: PageTemplate; name: PageName; alias: string }[] = [];
  private readonly single: PageTemplate[] = [];

  constructor(
    templates: readonly PageTemplate[],
    private readonly context: PageContext,
  ) {
    this.globals = templateGlobals(context);
    for (const template of templates) {
      if (!template.pagination) {
        this.single.push(template);
        continue;
      }
      const { name, alias } = template.pagination;
      if (!isSitePageName(name) && !isRecordPageName(name)) {
        const known = [...Object.keys(sitePageItems), ...Object.keys(recordPageItems)].join(", ");
        throw new Error(`site/${template.file}: "pages.${name}" is no list of pages (there are: ${known})`);
      }
      this.listed.push({ template, name, alias });
    }
  }

  /** The pages of one record: its own page in every language, and those at its former ids. */
  recordPages(entry: CatalogEntry): PlannedFile[] {
    const files: PlannedFile[] = [];
    for (const { template, name, alias } of this.listed) {
      if (!isRecordPageName(name)) continue;
      for (const item of recordPageItems[name](this.context, entry)) this.addPage(files, template, alias, item);
    }
    return files;
  }

  /** The pages of the site as a whole: home, every page of each list, API, about, search, 404, and any single page. */
  sitePages(): PlannedFile[] {
    const files: PlannedFile[] = [];
    for (const { template, name, alias } of this.listed) {
      if (!isSitePageName(name)) continue;
      for (const item of sitePageItems[name](this.context)) this.addPage(files, template, alias, item);
    }
    for (const template of this.single) this.addPage(files, template);
    return files;
  }

  /** Every item of every list of pages: what Eleventy paginates over as `pages`. */
  allItems(): Record<PageName, PageItem[]> {
    const lists: Partial<Record<PageName, PageItem[]>> = {};
    for (const name of Object.keys(sitePageItems) as (keyof typeof sitePageItems)[])
      lists[name] = sitePageItems[name](this.context);
    for (const name of Object.keys(recordPageItems) as (keyof typeof recordPageItems)[]) {
      lists[name] = collectionNames.flatMap((collection) =>
        [...this.context.catalog[collection].values()].flatMap((entry) =>
          recordPageItems[name](this.context, entry as CatalogEntry),
        ),
      );
    }
    return lists as Record<PageName, PageItem[]>;
  }

  /** What templates receive besides their item. */
  templateGlobals(): ReturnType<typeof templateGlobals> {
    return this.globals;
  }

  /** Adds the page a template makes of an item (or of nothing), unless its permalink is false, as in Eleventy. */
  private addPage(files: PlannedFile[], template: PageTemplate, alias?: string, item?: PageItem): void {
    const { views, messages, site } = this.globals;
    // The same keys in the same order for every page, so that the objects share one hidden class.
    const data: Record<string, unknown> = alias ? { [alias]: item, views, messages, site } : { views, messages, site };
    const path = template.permalink(data);
    if (path === false) return;
    files.push({ path, kind: "page", make: async () => ({ content: await template.render(data) }) });
  }
}
