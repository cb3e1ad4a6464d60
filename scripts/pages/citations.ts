import { isAtOrBeneath } from "../records/json-pointer.ts";
import { joinList } from "../i18n/lists.ts";
import type { Catalog } from "../catalog/catalog.ts";
import type { Locale } from "../i18n/messages.ts";
import { messagesFor } from "../i18n/messages.ts";
import type { SourceCitation } from "../records/types.generated.ts";
import type { SiteConfig } from "../paths/site-config.ts";
import { sitePaths } from "../paths/site-paths.ts";
import { textIn, type LangText } from "../i18n/localized-text.ts";
import { pageLinks } from "../paths/page-links.ts";
import type { Inference } from "./inferences.ts";

export interface CitedSource {
  number: number;
  title: LangText;
  href: string;
  /** The fields the source supports, as pointers, or empty for the whole record. */
  fields: string[];
  supports: string;
  /** Present when the record infers the fields from the source rather than the source stating them. */
  inferred?: Inference;
}

/** Numbered citations for a page's Sources section. */
export function citedSources(
  site: SiteConfig,
  catalog: Catalog,
  citations: readonly SourceCitation[],
  locale: Locale,
  fieldLabel: (pointer: string, locale: Locale) => string,
): CitedSource[] {
  return citations.map((citation, index) => {
    const source = catalog.sources.get(citation.source)!.record;
    return {
      number: index + 1,
      title: textIn(source.title, locale),
      href: pageLinks(site, locale, sitePaths.recordPage("sources", citation.source)).href,
      fields: citation.fields ?? [],
      // Two fields can share a label (a location's city and country): each is said once.
      supports: citation.fields
        ? joinList([...new Set(citation.fields.map((field) => fieldLabel(field, locale)))], locale)
        : messagesFor(locale).wholeRecord,
      ...(citation.how === "inferred" && citation.reason
        ? { inferred: { reason: textIn(citation.reason, locale) } }
        : {}),
    };
  });
}

/**
 * The numbers of the sources that support a field shown at `pointer`: a citation of a field
 * supports everything beneath it, and a field shown whole is supported by citations of its parts.
 */
export function citationsFor(sources: readonly CitedSource[], pointer: string): number[] {
  return sources
    .filter((source) => source.fields.some((field) => isAtOrBeneath(pointer, field) || isAtOrBeneath(field, pointer)))
    .map((source) => source.number);
}
