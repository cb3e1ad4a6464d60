import { describe, expect, it } from "vitest";
import { catalogOf, sampleEvent, sampleOrganization, sampleSource } from "../../catalog/catalog.test-support.ts";
import { readSiteConfig } from "../../paths/site-config.ts";
import { responseValidators } from "../../writer/checks/response-validators.ts";
import { outputContext } from "../output-context.ts";
import { recordDocument } from "./record-documents.ts";

const fromTheName = { en: "from the name", "zh-Hans": "据名称推断" };
const catalog = catalogOf({
  organizations: [
    sampleOrganization("sast", {
      sources: [
        { source: "article", fields: ["/names"] },
        { source: "article", fields: ["/kind", "/status"], how: "inferred", reason: fromTheName },
      ],
    }),
  ],
  events: [sampleEvent("ceremony", { status: "completed" })],
  sources: [sampleSource("article", { updated: "2023-11-17" })],
});
const context = outputContext(readSiteConfig("https://example.org/"), catalog);
const documentOf = (collection: "organizations" | "events" | "sources", id: string) =>
  recordDocument(context, catalog[collection].get(id)!) as Record<string, unknown>;

describe("record documents", () => {
  it("say of each cited source how the record knows its fields from it, and the reason of an inference", () => {
    expect((documentOf("organizations", "sast").related as { sources: unknown[] }).sources).toMatchObject([
      { source: { id: "article" }, fields: ["/names"], how: "stated" },
      { source: { id: "article" }, fields: ["/kind", "/status"], how: "inferred", reason: fromTheName },
    ]);
    expect((documentOf("sources", "article").related as { citedBy: unknown[] }).citedBy).toMatchObject([
      { record: { id: "sast" }, fields: ["/names"], how: "stated" },
      { record: { id: "sast" }, fields: ["/kind", "/status"], how: "inferred", reason: fromTheName },
      { record: { id: "ceremony" }, how: "stated" },
    ]);
  });

  it("give the date a status that says how things stand holds as of, and none for what happened", () => {
    expect(documentOf("organizations", "sast").statusAsOf).toBe("2023-11-17");
    expect(JSON.parse(JSON.stringify(documentOf("events", "ceremony")))).not.toHaveProperty("statusAsOf");
  });

  it("pass their response schemas", () => {
    const validators = responseValidators();
    for (const [collection, id, schema] of [
      ["organizations", "sast", "organization-document"],
      ["events", "ceremony", "event-document"],
      ["sources", "article", "source-document"],
    ] as const) {
      const validate = validators.get(schema)!;
      expect(validate(documentOf(collection, id)), JSON.stringify(validate.errors)).toBe(true);
    }
  });
});
