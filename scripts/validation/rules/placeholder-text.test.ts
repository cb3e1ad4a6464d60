import { describe, expect, it } from "vitest";
import { placeholders } from "../../records/skeletons.ts";
import { inMemoryDataset, runRule } from "../in-memory-dataset.ts";
import { placeholderText } from "./placeholder-text.ts";
import { sampleEvent } from "./sample-records.test-support.ts";

describe("placeholder-text", () => {
  it("accepts real text", () => {
    expect(runRule(placeholderText, inMemoryDataset({ events: [sampleEvent("e")] }))).toEqual([]);
  });

  it("refuses a placeholder left in place", () => {
    const event = sampleEvent("e", { title: { en: placeholders.eventTitle } });
    expect(runRule(placeholderText, inMemoryDataset({ events: [event] }))).toEqual([
      {
        file: "data/events/e.json",
        pointer: "/title/en",
        severity: "error",
        message: "still holds the placeholder written by `npm run new`: replace it",
      },
    ]);
  });
});
