/** The paragraphs of a record's plain text, which its schema separates by blank lines. */
export function paragraphs(text: string): string[] {
  return text.split(/\n{2,}/);
}
