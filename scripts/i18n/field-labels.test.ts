import { describe, expect, it } from "vitest";
import { messages } from "./messages.ts";
import { fieldLabel, languageName } from "./field-labels.ts";

const en = messages.en.fields;
const zh = messages["zh-Hans"].fields;

describe("languageName", () => {
  it("names a language in the page's language", () => {
    expect(languageName("zh-Hans", "en")).toBe("Simplified Chinese");
    expect(languageName("en", "zh-Hans")).toBe("英语");
  });
});

describe("fieldLabel", () => {
  it("labels a top-level field by the field's own label", () => {
    expect(fieldLabel("/kind", "en")).toBe(en.kind);
    expect(fieldLabel("/kind", "zh-Hans")).toBe(zh.kind);
    expect(fieldLabel("/publisher", "en")).toBe(en.publisher);
  });

  it("labels a part of a field by the field it is in", () => {
    expect(fieldLabel("/participants/0", "en")).toBe(en.participants);
    expect(fieldLabel("/location/city/en", "zh-Hans")).toBe(zh.location);
    expect(fieldLabel("/links/website", "en")).toBe(en.website);
  });

  it("labels the start and the end of an event both as when it is", () => {
    expect(fieldLabel("/start", "en")).toBe(en.when);
    expect(fieldLabel("/end", "zh-Hans")).toBe(zh.when);
  });

  it("names the language of a name, title or description, in parentheses of the page's language", () => {
    expect(fieldLabel("/names/display/zh-Hans", "en")).toBe(`${en.name} (Simplified Chinese)`);
    expect(fieldLabel("/names/display/en", "zh-Hans")).toBe(`${zh.name}（英语）`);
    expect(fieldLabel("/title/zh-Hans", "en")).toBe(`${en.title} (Simplified Chinese)`);
    expect(fieldLabel("/description/en", "zh-Hans")).toBe(`${zh.description}（英语）`);
  });

  it("labels acronyms and aliases apart from the name, with or without a language", () => {
    expect(fieldLabel("/names/acronyms/en", "en")).toBe(`${en.acronyms} (English)`);
    expect(fieldLabel("/names/aliases", "zh-Hans")).toBe(zh.aliases);
    expect(fieldLabel("/names", "en")).toBe(en.name);
  });

  it("labels other links apart from the website", () => {
    expect(fieldLabel("/links/other", "en")).toBe(en.otherLinks);
    expect(fieldLabel("/links/other/1/url", "zh-Hans")).toBe(zh.otherLinks);
  });

  it("shows a pointer it has no label for as the pointer itself", () => {
    expect(fieldLabel("/coordinates/latitude", "en")).toBe("/coordinates/latitude");
    expect(fieldLabel("/coordinates/latitude", "zh-Hans")).toBe("/coordinates/latitude");
  });

  it("gives back the pointer of a field no label names, even one named like an object's own property", () => {
    expect(fieldLabel("/constructor", "en")).toBe("/constructor");
    expect(fieldLabel("/names/constructor", "en")).toBe(messages.en.fields.name);
  });
});
