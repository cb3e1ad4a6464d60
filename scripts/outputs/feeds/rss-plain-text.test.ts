import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { plainTextElements } from "./rss-plain-text.ts";

const feed = (channelTitle: string, itemTitle: string, itemDescription: string) =>
  `<rss><channel><title><![CDATA[${channelTitle}]]></title><description><![CDATA[${channelTitle}]]></description>` +
  `<item><title><![CDATA[${itemTitle}]]></title><description><![CDATA[${itemDescription}]]></description>` +
  `<category><![CDATA[a & b]]></category></item></channel></rss>`;

describe("plain-text elements of an RSS feed", () => {
  it("write & < > as hexadecimal references instead of CDATA, which readers that render HTML would render", () => {
    const xml = plainTextElements(feed("Association <img src=x onerror=alert(1)>", "R&D < 1", "<p>kept</p>"));
    expect(xml).toContain("<title>Association &#x3C;img src=x onerror=alert(1)&#x3E;</title>");
    expect(xml).toContain("<description>Association &#x3C;img src=x onerror=alert(1)&#x3E;</description>");
    expect(xml).toContain("<title>R&#x26;D &#x3C; 1</title>");
    expect(xml).toContain("<category>a &#x26; b</category>");
    expect(xml).not.toMatch(/<(title|category)><!\[CDATA\[/);
  });

  it("leave an item's description, which is HTML, in CDATA", () => {
    expect(plainTextElements(feed("t", "t", "<p>kept</p>"))).toContain(
      "<description><![CDATA[<p>kept</p>]]></description>",
    );
  });

  it("join the sections a text holding ]]> was split into, and read back as the text in a feed reader", async () => {
    // The xml package writes "a]]>b" as two sections: <![CDATA[a]]]]><![CDATA[>b]]>.
    const title = "a]]>b & <c>";
    const xml = plainTextElements(
      `<rss version="2.0"><channel><title><![CDATA[a]]]]><![CDATA[>b & <c>]]></title><description><![CDATA[d]]></description></channel></rss>`,
    );
    expect((await new Parser().parseString(xml)).title).toBe(title);
  });
});
