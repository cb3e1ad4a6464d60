import type { CatalogEntry } from "../../catalog/catalog.ts";
import type { CollectionName } from "../../records/collections.ts";
import { absoluteUrl } from "../../paths/site-config.ts";
import type { OutputContext } from "../output-context.ts";
import { sitePaths } from "../../paths/site-paths.ts";
import { apiSchemaVersion, recordTypeOf } from "../../contract/api-contract.ts";
import { recordLinks, summaryById } from "./summaries.ts";
import { statusAsOf, type CitingEntry } from "../../catalog/known-facts.ts";
import { howOf } from "../../records/citation-coverage.ts";
import type { SourceCitation } from "../../records/types.generated.ts";

/**
 * The document at `api/v1/<collection>/<id>.json`: the record as validated, every relation
 * resolved in both directions, and links to its page, feed, calendar and schema (a tombstone has
 * neither feed nor calendar).
 */
export function recordDocument(context: OutputContext, entry: CatalogEntry): Record<string, unknown> {
  const { site } = context;
  const type = recordTypeOf[entry.collection];
  const { self, html } = recordLinks(site, entry.collection, entry.id);
  return {
    $schema: absoluteUrl(site, sitePaths.responseSchema(`${type}-document`)),
    schemaVersion: apiSchemaVersion,
    type,
    id: entry.id,
    created: entry.dates.created,
    updated: entry.dates.updated,
    // A key of every organization's and event's document, so that they keep one hidden class each
    // (see relatedOf); JSON leaves it out when it is undefined. A source has no status to date.
    ...(entry.collection === "sources" ? {} : { statusAsOf: statusAsOf(context.catalog, entry as CitingEntry) }),
    record: entry.record,
    related: relatedOf(context, entry),
    links: {
      self,
      html,
      ...(entry.subscription === "feed" ? { feed: absoluteUrl(site, sitePaths.organizationFeed(entry.id)) } : {}),
      ...(entry.subscription === "calendar" ? { calendar: absoluteUrl(site, sitePaths.eventCalendar(entry.id)) } : {}),
      schema: absoluteUrl(site, sitePaths.recordSchema(type)),
      history: absoluteUrl(site, sitePaths.apiRecordHistory(entry.collection, entry.id)),
    },
  };
}

/**
 * No object here starts with a spread and then adds keys: in Node 20's V8 such an object gets a
 * hidden class of its own, made in the old generation, and there is one document per record.
 * An optional first key is added in front of the rest instead.
 */
function relatedOf(context: OutputContext, entry: CatalogEntry): Record<string, unknown> {
  const { catalog } = context;
  const summary = (collection: CollectionName, id: string) => summaryById(context, collection, id);
  const lineage = (value: { successor?: string }) => {
    const predecessors = (catalog.predecessors[entry.collection].get(entry.id) ?? []).map((id) =>
      summary(entry.collection, id),
    );
    return value.successor ? { successor: summary(entry.collection, value.successor), predecessors } : { predecessors };
  };
  const citedSources = (sources: readonly SourceCitation[]) =>
    sources.map((citation) => ({
      source: summary("sources", citation.source),
      ...(citation.fields ? { fields: citation.fields } : {}),
      how: howOf(citation),
      ...(citation.how === "inferred" && citation.reason ? { reason: citation.reason } : {}),
    }));

  switch (entry.collection) {
    case "organizations": {
      const { record } = entry as CatalogEntry<"organizations">;
      const relations = catalog.organizationRelations.get(entry.id)!;
      const related = {
        children: relations.children.map((id) => summary("organizations", id)),
        ...lineage(record),
        events: relations.events.map(({ event, roles }) => ({ event: summary("events", event), roles })),
        speakerAt: relations.speakerAt.map((id) => summary("events", id)),
        published: relations.published.map((id) => summary("sources", id)),
        sources: citedSources(record.sources),
      };
      return record.parent ? { parent: summary("organizations", record.parent), ...related } : related;
    }
    case "events": {
      const { record } = entry as CatalogEntry<"events">;
      return {
        participants: (record.participants ?? []).map((participant) => ({
          role: participant.role,
          organization: summary("organizations", participant.organization),
        })),
        speakers: (record.speakers ?? []).map((speaker) => ({
          name: speaker.name,
          ...(speaker.organization ? { organization: summary("organizations", speaker.organization) } : {}),
        })),
        ...lineage(record as { successor?: string }),
        sources: citedSources(record.sources),
      };
    }
    case "sources": {
      const { record } = entry as CatalogEntry<"sources">;
      const related = Object.assign(lineage(record as { successor?: string }), {
        citedBy: catalog.sourceRelations.get(entry.id)!.citedBy.map((citation) => ({
          record: summary(citation.collection, citation.id),
          ...(citation.fields ? { fields: citation.fields } : {}),
          how: citation.inferred ? "inferred" : "stated",
          ...(citation.inferred ? { reason: citation.inferred.reason } : {}),
        })),
      });
      const publisher = record.publisher?.organization;
      return publisher ? { publisher: summary("organizations", publisher), ...related } : related;
    }
  }
}
