import { textIn } from "./localized-text.ts";
import { fill, messagesFor, type Locale } from "./messages.ts";

/**
 * What the registry is, in one line of plain text (a page's description, the API's), naming the
 * organization it is about when the data has its record.
 */
export function registryTagline(subjectName: { [language: string]: string } | undefined, locale: Locale): string {
  const words = messagesFor(locale).siteTagline;
  return subjectName ? fill(words.about, { cluster: textIn(subjectName, locale).text }) : words.plain;
}
