/** A page's element tree as parse5 gives it, and the few ways the tests read it. */
export interface HtmlNode {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  value?: string;
}

/** The value of an element's attribute, if it has it. */
export const attribute = (node: HtmlNode, name: string) => node.attrs?.find((attr) => attr.name === name)?.value;

/** The text inside a node, as a reader sees it, markup removed. */
export const textOf = (node: HtmlNode): string =>
  node.nodeName === "#text" ? (node.value ?? "") : (node.childNodes ?? []).map(textOf).join("");

/** Every node beneath `node`, in document order. */
export const descendants = (node: HtmlNode): HtmlNode[] =>
  (node.childNodes ?? []).flatMap((child) => [child, ...descendants(child)]);
