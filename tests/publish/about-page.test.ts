/**
 * The about page says what the registry holds now, counted from the data it was built from,
 * and links the sources that rests on, in English and in Chinese.
 */
import { describe, expect, it } from "vitest";
import { en } from "../../scripts/i18n/en.ts";
import { zhHans } from "../../scripts/i18n/zh-hans.ts";
import { hostileAtPrefix, readTreeFile, realAtPrefix, useBuiltTrees } from "./built-site.ts";

const trees = [realAtPrefix, hostileAtPrefix];
const built = useBuiltTrees(trees);

describe.each(trees)("the about page ($name)", (spec) => {
  it("counts the records that are not withdrawn, and links the list of sources", () => {
    const tree = built.get(spec);
    const live = (records: Map<string, { status?: string }>) =>
      [...records.values()].filter((record) => record.status !== "withdrawn").length;
    const counts = {
      organizations: live(tree.records.organizations),
      events: live(tree.records.events),
      sources: live(tree.records.sources),
    };
    const base = new URL(tree.baseUrl).pathname;
    const english = readTreeFile(tree, "about/index.html");
    const organizations = counts.organizations === 1 ? "organization" : "organizations";
    const events = counts.events === 1 ? "event" : "events";
    const sources = counts.sources === 1 ? "source" : "sources";
    expect(english).toContain(
      `<p>The registry now holds ${counts.organizations} ${organizations} and ${counts.events} ${events}, ` +
        `drawn from ${counts.sources} ${sources}: <a href="${base}sources/">${en.aboutPage.holdingsLink}</a>.</p>`,
    );
    const chinese = readTreeFile(tree, "zh/about/index.html");
    expect(chinese).toContain(
      `<p>登记库目前收录 ${counts.organizations} 个机构和 ${counts.events} 项活动，依据 ${counts.sources} 个来源，` +
        `见<a href="${base}zh/sources/">${zhHans.aboutPage.holdingsLink}</a>。</p>`,
    );
  });
});
