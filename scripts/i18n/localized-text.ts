import type { Locale } from "./messages.ts";
import { paragraphs } from "../text/paragraphs.ts";

/** A piece of text and the language it is in, so that templates can set `lang` on it. */
export interface LangText {
  text: string;
  /** BCP 47 tag of the text; absent when it is in the page's own language. */
  lang?: string;
}

type Localized = { [language: string]: string | undefined };

/** The text in the page's language, else English, marked with its language when they differ. */
export function textIn(text: Localized, locale: Locale): LangText {
  const language = text[locale] !== undefined ? locale : text.en !== undefined ? "en" : Object.keys(text)[0]!;
  return marked(text[language]!, language, locale);
}

/** The text in every language but the one `textIn` shows, in code-point order of tag. */
export function otherLanguages(text: Localized, locale: Locale): LangText[] {
  const shown = text[locale] !== undefined ? locale : "en";
  return Object.keys(text)
    .filter((language) => language !== shown)
    .sort()
    .map((language) => marked(text[language]!, language, locale));
}

export function marked(text: string, language: string | undefined, locale: Locale): LangText {
  return language === undefined || language === locale ? { text } : { text, lang: language };
}

/** Splits plain text into paragraphs at blank lines. */
export function paragraphsOf(text: LangText): LangText[] {
  return paragraphs(text.text).map((paragraph) => ({ ...text, text: paragraph }));
}
