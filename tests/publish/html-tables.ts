import * as parse5 from "parse5";
import { textOf, type HtmlNode } from "./html-nodes.ts";

/** The cells of every body row of the tables on a page whose scrolling region's label starts with `label`, as text. */
export function tableRows(html: string, label: string): string[][] {
  const labelled = (node: HtmlNode) =>
    node.attrs?.some((attribute) => attribute.name === "aria-label" && attribute.value.startsWith(label)) ?? false;
  const rows: string[][] = [];
  const walk = (node: HtmlNode, inRegion: boolean, inBody: boolean) => {
    if (inRegion && inBody && node.nodeName === "tr") {
      rows.push((node.childNodes ?? []).filter((cell) => cell.nodeName === "td").map(textOf));
      return;
    }
    for (const child of node.childNodes ?? [])
      walk(child, inRegion || labelled(node), inBody || node.nodeName === "tbody");
  };
  walk(parse5.parse(html) as HtmlNode, false, false);
  return rows;
}
