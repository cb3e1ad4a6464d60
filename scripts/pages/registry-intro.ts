import type { Catalog } from "../catalog/catalog.ts";
import { registrySubject, type RegistrySubject } from "../catalog/registry-subject.ts";
import { humanDate } from "../i18n/human-dates.ts";
import { joinPieces, sentenceGap } from "../i18n/lists.ts";
import { textIn, type LangText } from "../i18n/localized-text.ts";
import { fillPieces, messagesFor, type Locale } from "../i18n/messages.ts";
import { registryTagline } from "../i18n/registry-tagline.ts";
import type { SiteConfig } from "../paths/site-config.ts";
import { eventLink, organizationLink, type Link } from "./record-lines.ts";

/** A piece of a sentence made from wording and records: words, a record's link, or text in another language. */
export type TextPiece = string | Link | LangText;

/** The registry's one-line description, naming what it is about: every page's description by default. */
export function siteDescription(catalog: Catalog, locale: Locale): string {
  return registryTagline(registrySubject(catalog)?.organization.record.names.display, locale);
}

/** The same line with the organization linked to its page, to show. */
export function taglinePieces(site: SiteConfig, catalog: Catalog, locale: Locale): TextPiece[] {
  const subject = registrySubject(catalog);
  const words = messagesFor(locale).siteTagline;
  return subject
    ? fillPieces<TextPiece>(words.about, { cluster: organizationLink(site, catalog, subject.organization.id, locale) })
    : [words.plain];
}

/** What the home page says first: how the organization was launched, then what the registry holds. */
export function homeIntroPieces(site: SiteConfig, catalog: Catalog, locale: Locale): TextPiece[] {
  const words = messagesFor(locale).homeIntro;
  const subject = registrySubject(catalog);
  if (!subject) return [words.plain];
  const launch = launchPieces(site, catalog, subject, locale);
  return launch ? [...launch, sentenceGap(locale), words.registry] : [words.registry];
}

/** What the about page says the registry is, and how the organization it is about was launched. */
export function aboutIntroPieces(site: SiteConfig, catalog: Catalog, locale: Locale): TextPiece[] {
  const words = messagesFor(locale).aboutPage.whatText;
  const subject = registrySubject(catalog);
  if (!subject) return [words.plain];
  const about = fillPieces<TextPiece>(words.about, {
    cluster: organizationLink(site, catalog, subject.organization.id, locale),
  });
  const launch = launchPieces(site, catalog, subject, locale);
  return launch ? [...about, sentenceGap(locale), ...launch] : about;
}

/**
 * "The {cluster}, in the {place}, was unveiled on {date}, under the guidance of {guides}.": the
 * organization's name and place from its record, the date (linked) and the organizations that
 * gave guidance from the event that launched it. None when no event did.
 */
function launchPieces(
  site: SiteConfig,
  catalog: Catalog,
  { organization, launch }: RegistrySubject,
  locale: Locale,
): TextPiece[] | undefined {
  if (!launch) return undefined;
  const words = messagesFor(locale);
  const location = organization.record.location;
  const place = location?.place ?? location?.city;
  const guides = (launch.record.participants ?? [])
    .filter((participant) => participant.role === "guidance")
    .map((participant) => inSentence(organizationLink(site, catalog, participant.organization, locale), locale));
  // The date is spelled in the page's language, whatever the language of the event's title.
  const date: Link = {
    href: eventLink(site, catalog, launch.id, locale).href,
    text: humanDate(launch.record.start.slice(0, 10), locale),
  };
  return fillPieces<TextPiece>(words.launch.sentence, {
    cluster: organizationLink(site, catalog, organization.id, locale),
    where: place ? fillPieces<TextPiece>(words.launch.where, { place: textIn(place, locale) }) : [],
    date,
    guidance: guides.length
      ? fillPieces<TextPiece>(words.launch.guidance, { guides: joinPieces(guides, locale).flat() })
      : [],
  });
}

/** An organization's link as a sentence names it: "the China Association…". */
function inSentence(link: Link, locale: Locale): TextPiece[] {
  return fillPieces<TextPiece>(messagesFor(locale).nameInSentence, { name: link });
}

/** The pieces as plain text, for a test or a place that takes no markup. */
export function piecesText(pieces: readonly TextPiece[]): string {
  return pieces.map((piece) => (typeof piece === "string" ? piece : piece.text)).join("");
}
