import type { CollectionName, RecordTypes } from "./collections.ts";

/** A link from one record to another by id. */
export interface Reference {
  pointer: string;
  collection: CollectionName;
  id: string;
  /** What the link means, such as `parent` or `participant`; the catalog resolves it both ways. */
  relation: "parent" | "successor" | "source" | "participant" | "speaker" | "publisher";
}

type ReferenceReader<C extends CollectionName> = (value: RecordTypes[C]) => Reference[];

const readers: { [C in CollectionName]: ReferenceReader<C> } = {
  organizations: (value) => [
    ...(value.parent ? [ref("/parent", "organizations", value.parent, "parent")] : []),
    ...(value.successor ? [ref("/successor", "organizations", value.successor, "successor")] : []),
    ...citations(value.sources),
  ],
  events: (value) => [
    ...(value.participants ?? []).map((participant, index) =>
      ref(`/participants/${index}/organization`, "organizations", participant.organization, "participant"),
    ),
    ...(value.speakers ?? []).flatMap((speaker, index) =>
      speaker.organization
        ? [ref(`/speakers/${index}/organization`, "organizations", speaker.organization, "speaker")]
        : [],
    ),
    ...citations(value.sources),
  ],
  sources: (value) =>
    value.publisher?.organization
      ? [ref("/publisher/organization", "organizations", value.publisher.organization, "publisher")]
      : [],
};

/** Every id a record points at, with where it says so. */
export function referencesOf<C extends CollectionName>(collection: C, value: RecordTypes[C]): Reference[] {
  return (readers[collection] as ReferenceReader<C>)(value);
}

// Pointers are written out rather than joined: no segment here needs escaping, and every build
// reads every record's references (for the rules, the catalog and the rebuild's neighbours).
function citations(sources: readonly { source: string }[]): Reference[] {
  return sources.map((citation, index) => ref(`/sources/${index}/source`, "sources", citation.source, "source"));
}

function ref(pointer: string, collection: CollectionName, id: string, relation: Reference["relation"]): Reference {
  return { pointer, collection, id, relation };
}
