import type { Catalog } from "../../catalog/catalog.ts";
import { registrySubject } from "../../catalog/registry-subject.ts";
import { messages } from "../../i18n/messages.ts";
import { registryTagline } from "../../i18n/registry-tagline.ts";

/** "Sci-Tech Cluster Open Registry: open data API": a file's title, under the registry's own name. */
export function registryTitle(what: string): string {
  return `${messages.en.siteName}: ${what}`;
}

/**
 * "An independent open-data registry about the …": what the registry is, naming the organization
 * it is about from its record, for the descriptions of the API, the Data Package and OpenAPI.
 */
export function registryDescription(catalog: Catalog): string {
  return registryTagline(registrySubject(catalog)?.organization.record.names.display, "en");
}
