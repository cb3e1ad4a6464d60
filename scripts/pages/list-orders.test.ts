import { describe, expect, it } from "vitest";
import { catalogOf, sampleEvent, sampleOrganization, sampleSource } from "../catalog/catalog.test-support.ts";
import { readSiteConfig } from "../paths/site-config.ts";
import { readSchemaDocuments } from "../records/schema-documents.ts";
import { eventOrder, ListOrders, organizationOrder } from "./list-orders.ts";

const site = readSiteConfig("https://example.org/registry/");
const sources = [sampleSource("article")];

describe("eventOrder", () => {
  const catalog = catalogOf({
    events: [
      sampleEvent("summit-2023", { status: "completed", start: "2023-11-06" }),
      sampleEvent("forum-2024", { status: "completed", start: "2024-03-01" }),
      sampleEvent("talk-2024", { status: "cancelled", start: "2024-09-10" }),
      sampleEvent("expo-2025", { status: "scheduled", start: "2025-05-20" }),
      sampleEvent("fair-2025", { status: "postponed", start: "2025-01-15" }),
      sampleEvent("meeting-2024", { status: "rescheduled", start: "2024-12-02" }),
      sampleEvent("gone-2025", { status: "withdrawn", start: "2025-02-01" }),
      sampleEvent("workshop-2023", { status: "completed", start: "2023-05-04" }),
    ],
    sources,
  });

  it("puts upcoming events soonest first, then past events newest first, leaving out withdrawn ones", () => {
    expect(eventOrder(catalog)).toMatchObject({
      events: ["meeting-2024", "fair-2025", "expo-2025", "talk-2024", "forum-2024", "summit-2023", "workshop-2023"],
      upcomingTotal: 3,
    });
  });

  it("counts the past events of each year, newest year first", () => {
    expect([...eventOrder(catalog).pastPerYear]).toEqual([
      ["2024", 2],
      ["2023", 2],
    ]);
  });
});

describe("organizationOrder", () => {
  const catalog = catalogOf({
    organizations: [
      sampleOrganization("uni-b", { kind: "university", names: { display: { en: "beta University" } } }),
      sampleOrganization("uni-a", { kind: "university", names: { display: { en: "Zeta University" } } }),
      sampleOrganization("other", { kind: "other", names: { display: { en: "Another" } } }),
      sampleOrganization("bureau", {
        kind: "government-body",
        names: { display: { en: "Bureau", "zh-Hans": "中管委会" } },
      }),
      sampleOrganization("office", {
        kind: "government-body",
        names: { display: { en: "Office", "zh-Hans": "上海办公室" } },
      }),
      sampleOrganization("gone", { kind: "university", status: "withdrawn" }),
      // 﨑 (U+FA11) comes before 𠮷 (U+20BB7) by code point, after it by UTF-16 code unit.
      sampleOrganization("yoshino", { kind: "company", names: { display: { en: "𠮷野 Co." } } }),
      sampleOrganization("saki", { kind: "company", names: { display: { en: "﨑 Co." } } }),
    ],
    sources,
  });

  it("groups the live organizations by kind in the schema's order, counting each kind", () => {
    const schemaKinds = readSchemaDocuments().organization.properties!.kind!.enum as string[];
    const order = organizationOrder(site, catalog, "en");
    const kindOf = (id: string) => catalog.organizations.get(id)!.record.kind;
    const kinds: string[] = [...new Set(order.ids.map(kindOf))];
    expect(kinds).toEqual(schemaKinds.filter((kind) => kinds.includes(kind)));
    expect(kinds).toHaveLength(4);
    expect([...order.perKind]).toEqual([
      ["government-body", 2],
      ["university", 2],
      ["company", 2],
      ["other", 1],
    ]);
    expect(order.ids).not.toContain("gone");
  });

  it("sorts each kind by name in code-point order, in the page's language", () => {
    expect(organizationOrder(site, catalog, "en").ids).toEqual([
      "bureau",
      "office",
      "uni-a",
      "uni-b",
      "saki",
      "yoshino",
      "other",
    ]);
    expect(organizationOrder(site, catalog, "zh-Hans").ids.slice(0, 2)).toEqual(["office", "bureau"]);
  });
});

describe("ListOrders", () => {
  const catalog = catalogOf({
    organizations: [
      sampleOrganization("a", { names: { display: { en: "A", "zh-Hans": "乙" } } }),
      sampleOrganization("b", { names: { display: { en: "B", "zh-Hans": "丁" } } }),
    ],
    events: [sampleEvent("forum")],
    sources,
  });

  it("works each order out once and gives it again when asked again", () => {
    const orders = new ListOrders(site, catalog);
    const events = orders.eventOrder();
    expect(events).toEqual(eventOrder(catalog));
    expect(orders.eventOrder()).toBe(events);

    const english = orders.organizationOrder("en");
    expect(orders.organizationOrder("en")).toBe(english);
    expect(english.ids).toEqual(["a", "b"]);
  });

  it("keeps an order for each language", () => {
    const orders = new ListOrders(site, catalog);
    expect(orders.organizationOrder("en").ids).toEqual(["a", "b"]);
    expect(orders.organizationOrder("zh-Hans").ids).toEqual(["b", "a"]);
    expect(orders.organizationOrder("en").ids).toEqual(["a", "b"]);
  });
});
