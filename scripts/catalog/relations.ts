import type { CollectionName } from "../records/collections.ts";
import { referencesOf } from "../records/references.ts";
import type { LocalizedLineOfText, Participant } from "../records/types.generated.ts";
import type { CatalogEntry } from "./catalog-entry.ts";

export interface EventRole {
  event: string;
  roles: Participant["role"][];
}

export interface Citation {
  collection: "organizations" | "events";
  id: string;
  fields?: string[];
  /** Present when the record infers the fields from the source, rather than citing it for them. */
  inferred?: { reason: LocalizedLineOfText };
}

/** Links that other records make to an organization, resolved once for every emitter. */
export interface OrganizationRelations {
  children: string[];
  /** Events it takes part in, newest first, with its roles in each. */
  events: EventRole[];
  /** Events where someone spoke for it. */
  speakerAt: string[];
  /** Sources it published. */
  published: string[];
  /** Withdrawn records that point at it as their successor. */
  predecessors: string[];
}

export interface SourceRelations {
  citedBy: Citation[];
}

export interface Relations {
  organizationRelations: Map<string, OrganizationRelations>;
  sourceRelations: Map<string, SourceRelations>;
  /** Withdrawn records that point at each record as their successor, for every collection. */
  predecessors: Record<CollectionName, Map<string, string[]>>;
}

type Entries = { [C in CollectionName]: ReadonlyMap<string, CatalogEntry<C>> };

/**
 * Every link between records, resolved in both directions: an organization's children, events,
 * speakers' events, published sources and predecessors; a source's citations. A tombstone keeps
 * pointing at its successor, and at nothing else. Events are listed in `eventRank` order.
 */
export function resolveRelations(entries: Entries, eventRank: ReadonlyMap<string, number>): Relations {
  const organizationRelations = new Map<string, OrganizationRelations>();
  for (const id of entries.organizations.keys()) {
    organizationRelations.set(id, { children: [], events: [], speakerAt: [], published: [], predecessors: [] });
  }
  const sourceRelations = new Map<string, SourceRelations>();
  for (const id of entries.sources.keys()) sourceRelations.set(id, { citedBy: [] });
  const predecessors: Relations["predecessors"] = {
    organizations: new Map(),
    events: new Map(),
    sources: new Map(),
  };

  for (const collection of ["organizations", "events", "sources"] as const) {
    for (const entry of entries[collection].values()) {
      const rolesByOrganization = new Map<string, Participant["role"][]>();
      for (const reference of referencesOf(collection, entry.record)) {
        if (!entry.live && reference.relation !== "successor") continue;
        const organization = organizationRelations.get(reference.id);
        switch (reference.relation) {
          case "parent":
            organization?.children.push(entry.id);
            break;
          case "successor":
            pushTo(predecessors[collection], reference.id, entry.id);
            if (collection === "organizations") organization?.predecessors.push(entry.id);
            break;
          case "participant":
            pushTo(rolesByOrganization, reference.id, roleAt(entry as CatalogEntry<"events">, reference.pointer));
            break;
          case "speaker":
            if (organization && !organization.speakerAt.includes(entry.id)) organization.speakerAt.push(entry.id);
            break;
          case "publisher":
            organization?.published.push(entry.id);
            break;
          case "source": {
            // Only organizations and events cite sources.
            const cited = entry as CatalogEntry<Citation["collection"]>;
            const citation = cited.record.sources[Number(reference.pointer.split("/")[2])]!;
            sourceRelations.get(reference.id)?.citedBy.push({
              collection: cited.collection,
              id: entry.id,
              ...(citation.fields ? { fields: citation.fields } : {}),
              ...(citation.how === "inferred" && citation.reason ? { inferred: { reason: citation.reason } } : {}),
            });
            break;
          }
        }
      }
      for (const [organizationId, roles] of rolesByOrganization) {
        organizationRelations.get(organizationId)?.events.push({ event: entry.id, roles });
      }
    }
  }
  for (const relations of organizationRelations.values()) {
    relations.events.sort((a, b) => eventRank.get(a.event)! - eventRank.get(b.event)!);
    relations.speakerAt.sort((a, b) => eventRank.get(a)! - eventRank.get(b)!);
  }
  return { organizationRelations, sourceRelations, predecessors };
}

function pushTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function roleAt(entry: CatalogEntry<"events">, pointer: string): Participant["role"] {
  return entry.record.participants![Number(pointer.split("/")[2])]!.role;
}
