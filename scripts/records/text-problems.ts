export interface TextProblemDescription {
  rule: "control-character" | "lone-surrogate" | "unicode-nfc";
  message: string;
  /** Whether `npm run fix` can repair it without changing what the text says. */
  fixable: boolean;
}

/** Characters XML 1.0 forbids; feeds and pages built from the text would be broken by them. */
const xmlInvalid = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with a piece of text from a record, if anything. */
export function describeTextProblem(value: string): TextProblemDescription | undefined {
  const control = xmlInvalid.exec(value);
  if (control) {
    return {
      rule: "control-character",
      message: `text holds the control character U+${codeOf(control[0])}, which XML and HTML cannot carry`,
      fixable: false,
    };
  }
  const surrogate = loneSurrogate.exec(value);
  if (surrogate) {
    return {
      rule: "lone-surrogate",
      message: `text holds a lone surrogate U+${codeOf(surrogate[0])}, which is not a character`,
      fixable: false,
    };
  }
  if (value.normalize("NFC") !== value) {
    return { rule: "unicode-nfc", message: "text is not in Unicode normalization form NFC", fixable: true };
  }
  return undefined;
}

function codeOf(character: string): string {
  return character.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
}
