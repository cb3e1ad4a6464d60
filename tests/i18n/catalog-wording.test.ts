/**
 * The English and Chinese catalogs hold only wording: every name of an organization, place or
 * person and every date that the pages say comes from a record, filled in where the wording has a
 * placeholder, so that the site never says what no record (and no source) supports.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { messages } from "../../scripts/i18n/messages.ts";
import { projectRoot } from "../../scripts/project-paths.ts";
import { namings, readNameBook } from "./proper-names.ts";

const book = readNameBook(path.join(projectRoot, "data"));
const examples = JSON.parse(
  fs.readFileSync(path.join(projectRoot, "tests/fixtures/catalog-wording/examples.json"), "utf8"),
) as Record<"flagged" | "passing", Record<"en" | "zh-Hans", string[]>>;

/** Every string of a catalog, with the keys that lead to it. */
function catalogStrings(value: unknown, key = ""): [string, string][] {
  if (typeof value === "string") return [[key, value]];
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([child, item]) => catalogStrings(item, key ? `${key}.${child}` : child));
  return [];
}

describe("the catalogs", () => {
  it.each(Object.keys(messages))("%s names no organization, place, person or date of its own", (locale) => {
    const named = catalogStrings(messages[locale as keyof typeof messages]).flatMap(([key, text]) =>
      namings(text, book, { ownName: key === "siteName" }).map((naming) => ({ key, ...naming })),
    );
    expect(named).toEqual([]);
  });
});

describe("the check of the catalogs", () => {
  it("knows the records' names and the places they hold", () => {
    expect(book.recordNames).toEqual(expect.arrayContaining(["CAST", "中国科学技术协会", "Shanghai", "Luo Hui"]));
    expect(book.places).toEqual(expect.arrayContaining(["China", "中国", "Lin-gang"]));
  });

  it.each(Object.entries(examples.flagged).flatMap(([locale, texts]) => texts.map((text) => [locale, text])))(
    "flags %s wording that names something: %s",
    (_, text) => {
      expect(namings(text, book)).not.toEqual([]);
      // The registry's own name is let off title case, not names, places or dates.
      if (/Lin-gang|临港|November|年/.test(text)) expect(namings(text, book, { ownName: true })).not.toEqual([]);
    },
  );

  it.each(Object.entries(examples.passing).flatMap(([locale, texts]) => texts.map((text) => [locale, text])))(
    "lets %s ordinary wording pass: %s",
    (_, text) => {
      expect(namings(text, book)).toEqual([]);
    },
  );

  it("says what it found and why", () => {
    expect(namings("Unveiled on 6 November 2023 in Shanghai by CAST.", book)).toEqual(
      expect.arrayContaining([
        { found: "CAST", kind: "record name" },
        { found: "Shanghai", kind: "record name" },
        { found: "Shanghai", kind: "place" },
        { found: "November", kind: "date" },
        { found: "2023", kind: "date" },
      ]),
    );
  });
});
