import type { Event, Organization, Source } from "../../records/types.generated.ts";

/** Minimal valid records for rule tests; each test overrides only what it is about. */
export function sampleOrganization(id: string, overrides: Partial<Organization> = {}): Organization {
  return {
    id,
    names: { display: { en: `Organization ${id}` } },
    kind: "association",
    status: "active",
    sources: [{ source: "article" }],
    ...overrides,
  };
}

export function sampleEvent(id: string, overrides: Partial<Event> = {}): Event {
  return {
    id,
    title: { en: `Event ${id}` },
    kind: "forum",
    status: "completed",
    start: "2023-11-06",
    timeZone: "Asia/Shanghai",
    sources: [{ source: "article" }],
    ...overrides,
  };
}

export function sampleSource(id: string, overrides: Partial<Source> = {}): Source {
  return { id, kind: "news-article", title: { en: `Article ${id}` }, publisher: { name: "A publisher" }, ...overrides };
}
