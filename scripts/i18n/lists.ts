import type { Locale } from "./messages.ts";

/** Items of a list in a sentence: "a, b" in English, "a、b" in Chinese, which puts no space between them. */
export function joinList(items: readonly string[], locale: Locale): string {
  return items.join(locale === "en" ? ", " : "、");
}
