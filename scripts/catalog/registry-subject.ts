import type { Catalog, CatalogEntry } from "./catalog.ts";

/**
 * The record of the organization the registry is about. The site's tagline and introductions
 * name it, and tell its launch, from the records, so that the site's own wording holds no name,
 * place or date; data without it (test data, a fork about something else) gets wording without.
 */
export const registrySubjectId = "international-sci-tech-organizations-cluster";

export interface RegistrySubject {
  organization: CatalogEntry<"organizations">;
  /** The earliest live event it was the subject of: the one that launched it. */
  launch?: CatalogEntry<"events">;
}

export function registrySubject(catalog: Catalog): RegistrySubject | undefined {
  const organization = catalog.organizations.get(registrySubjectId);
  if (!organization?.live) return undefined;
  // Newest first, and live events only.
  const launch = catalog.organizationRelations
    .get(registrySubjectId)!
    .events.filter(({ roles }) => roles.includes("subject"))
    .at(-1);
  return launch ? { organization, launch: catalog.events.get(launch.event)! } : { organization };
}
