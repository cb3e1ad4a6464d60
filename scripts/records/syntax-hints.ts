import { positionAt, type Position } from "./text-position.ts";

/** What most often causes the syntax error the parser reports at `offset`, as a parenthesis to append. */
export function syntaxHint(text: string, offset: number): string {
  const before = text.slice(0, offset).trimEnd();
  const next = text[offset];
  if (next === '"' && expectsColon(text, offset)) return " (is a colon missing after the key before it?)";
  if (/["\d}\]el]$/.test(before) && (next === '"' || next === "{" || next === "[" || /[-\d]/.test(next ?? ""))) {
    return " (is a comma missing before it?)";
  }
  if (before.endsWith(",") && (next === "}" || next === "]")) return " (remove the comma before it)";
  return "";
}

/**
 * The end of the first line on which a string is left open, before `offset`. A string's closing
 * quote forgotten at the end of a line makes the parser read on into the next line and object to
 * something there; the place to repair is where the string should have ended.
 */
export function unclosedStringLineEnd(text: string, offset: number): Position | undefined {
  let stringStart: number | undefined;
  for (let index = 0; index < offset && index < text.length; index++) {
    const character = text[index];
    if (stringStart === undefined) {
      if (character === '"') stringStart = index;
    } else if (character === "\\") {
      index++;
    } else if (character === '"') {
      stringStart = undefined;
    } else if (character === "\n" || character === "\r") {
      return positionAt(text, index);
    }
  }
  return undefined;
}

/** What to do about a control character written as itself inside a string. */
export function rawControlAdvice(character: string): string {
  if (character === "\t") return "a tab inside a string; no text in a record may hold tabs: use a space";
  if (character === "\n") {
    return "a line break inside a string: if the string ends on this line, add its closing quote; in a paragraph, write the line break as \\n";
  }
  const code = character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
  return `raw control character U+${code} inside a string; remove it: no text in a record may hold it`;
}

/** Whether, at `offset`, the parser stands right after an object's key, where a colon must come. */
function expectsColon(text: string, offset: number): boolean {
  const containers: string[] = [];
  // Whether the next string in the innermost object is a key, and whether the last token was one.
  let keyNext = false;
  let afterKey = false;
  for (let index = 0; index < offset; index++) {
    const character = text[index]!;
    if (character === '"') {
      const wasKey = keyNext;
      index = closingQuote(text, index);
      afterKey = wasKey;
      keyNext = false;
      continue;
    }
    if (/\s/.test(character)) continue;
    afterKey = false;
    if (character === "{" || character === "[") containers.push(character);
    else if (character === "}" || character === "]") containers.pop();
    keyNext = containers.at(-1) === "{" && (character === "{" || character === ",");
  }
  return afterKey;
}

function closingQuote(text: string, openingQuote: number): number {
  let index = openingQuote + 1;
  while (index < text.length && text[index] !== '"') index += text[index] === "\\" ? 2 : 1;
  return index;
}
