import type { Locale } from "./messages.ts";

/** Items of a list in a sentence: "a, b" in English, "a、b" in Chinese, which puts no space between them. */
export function joinList(items: readonly string[], locale: Locale): string {
  return items.join(locale === "en" ? ", " : "、");
}

/**
 * Items of a list in a sentence, each kept whole (a link, say), with the words between them:
 * "a and b", "a, b and c"; "a和b", "a、b和c".
 */
export function joinPieces<T>(items: readonly T[], locale: Locale): (T | string)[] {
  const [comma, and] = locale === "en" ? [", ", " and "] : ["、", "和"];
  return items.flatMap((item, index) => (index === 0 ? [item] : [index === items.length - 1 ? and : comma, item]));
}

/** What stands between two sentences: a space in English, nothing after a Chinese full stop. */
export function sentenceGap(locale: Locale): string {
  return locale === "en" ? " " : "";
}
