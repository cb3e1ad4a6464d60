import { escapeHtml } from "../../scripts/text/escape-html.ts";

/**
 * HTML from tagged template literals, escaped by default: every interpolated value is text
 * unless it is already SafeHtml (built by this same tag, or marked with `trusted`). This plays
 * the part Nunjucks' autoescaping played, with templates that TypeScript can check.
 */
export class SafeHtml {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

type Part = SafeHtml | string | number | false | null | undefined | readonly Part[];

function render(part: Part): string {
  if (part instanceof SafeHtml) return part.html;
  if (Array.isArray(part)) return part.map(render).join("");
  if (part === null || part === undefined || part === false) return "";
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...parts: Part[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < parts.length; i++) out += render(parts[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}

/** Markup produced elsewhere and escaped there, such as JSON made safe for a script element. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
