/**
 * RSS 2.0 leaves open whether its elements other than an item's description may hold HTML, and
 * readers differ: many render a title as HTML. The RSS Advisory Board's Best Practices Profile
 * ("Character data") asks for plain text there, with "&", "<" and ">" written as the
 * hexadecimal references &#x26; &#x3C; &#x3E;, the form the widest range of readers shows as
 * the characters themselves. The `rss` package wraps every text in CDATA, which a reader that
 * renders HTML renders as markup, so each of its CDATA elements is rewritten that way, except an
 * item's description: that is HTML (escaped when it is made), which the profile allows in CDATA.
 */
export function plainTextElements(xml: string): string {
  const firstItem = xml.indexOf("<item>");
  const channel = firstItem < 0 ? xml : xml.slice(0, firstItem);
  const items = firstItem < 0 ? "" : xml.slice(firstItem);
  return rewriteCdata(channel, () => true) + rewriteCdata(items, (name) => name !== "description");
}

/** An element whose content is one CDATA section, or several where the text held "]]>". */
const cdataElement = /<([\w:]+)>((?:<!\[CDATA\[[\s\S]*?\]\]>)+)<\/\1>/g;

function rewriteCdata(xml: string, isPlainText: (name: string) => boolean): string {
  return xml.replace(cdataElement, (element, name: string, sections: string) =>
    isPlainText(name)
      ? `<${name}>${plainText(sections.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1"))}</${name}>`
      : element,
  );
}

function plainText(text: string): string {
  return text.replace(/&/g, "&#x26;").replace(/</g, "&#x3C;").replace(/>/g, "&#x3E;");
}
