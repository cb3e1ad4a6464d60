import type { CollectionName, RecordTypes } from "./collections.ts";

/** A link from one record to another by id. */
export interface Reference {
  pointer: string;
  collection: CollectionName;
  id: string;
  /** What the link means, such as `parent` or `participant`; the catalog resolves it both ways. */
  relation: "parent" | "successor" | "source" | "participant" | "speaker" | "publisher";
}

type ReferenceReader<C extends CollectionName> = (value: RecordTypes[C], into: Reference[]) => void;

const readers: { [C in CollectionName]: ReferenceReader<C> } = {
  organizations: (value, into) => {
    if (value.parent) into.push(ref("/parent", "organizations", value.parent, "parent"));
    if (value.successor) into.push(ref("/successor", "organizations", value.successor, "successor"));
    citations(value.sources, into);
  },
  events: (value, into) => {
    if (value.successor) into.push(ref("/successor", "events", value.successor, "successor"));
    value.participants?.forEach((participant, index) =>
      into.push(ref(`/participants/${index}/organization`, "organizations", participant.organization, "participant")),
    );
    value.speakers?.forEach((speaker, index) => {
      if (speaker.organization) {
        into.push(ref(`/speakers/${index}/organization`, "organizations", speaker.organization, "speaker"));
      }
    });
    citations(value.sources, into);
  },
  sources: (value, into) => {
    if (value.successor) into.push(ref("/successor", "sources", value.successor, "successor"));
    if (value.publisher?.organization) {
      into.push(ref("/publisher/organization", "organizations", value.publisher.organization, "publisher"));
    }
  },
};

/** Every id a record points at, with where it says so. */
export function referencesOf<C extends CollectionName>(collection: C, value: RecordTypes[C]): Reference[] {
  const references: Reference[] = [];
  (readers[collection] as ReferenceReader<C>)(value, references);
  return references;
}

// Pointers are written out rather than joined, and references pushed into one list rather than
// spread from a list per field: every build reads every record's references (for the rules, the
// catalog and the rebuild's neighbours).
function citations(sources: readonly { source: string }[], into: Reference[]): void {
  sources.forEach((citation, index) =>
    into.push(ref(`/sources/${index}/source`, "sources", citation.source, "source")),
  );
}

function ref(pointer: string, collection: CollectionName, id: string, relation: Reference["relation"]): Reference {
  return { pointer, collection, id, relation };
}
