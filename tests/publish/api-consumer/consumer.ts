/**
 * A program that reads the API as someone outside this project would: through a client made from
 * the published OpenAPI bundle (openapi-typescript's `paths`, for openapi-fetch), with the
 * published TypeScript types. `api-client.test.ts` downloads both beside it, compiles it with
 * `tsc --strict` and runs it against a served site. It finds its way from the entry point to every
 * kind of document and prints each one it read as a line of JSON: `{ kind, path, document }`.
 */
import createClient from "openapi-fetch";
import type { paths } from "./api.js";
import type { ApiDocuments, EventDocument, MovedRecord, OrganizationDocument, SourceDocument } from "./types.js";

const baseUrl = process.argv[2];
if (!baseUrl) throw new Error("usage: consumer <the API's base URL>");
const client = createClient<paths>({ baseUrl });

function print(kind: string, response: Response, document: unknown): void {
  const path = new URL(response.url).pathname.slice(new URL(baseUrl!).pathname.length);
  process.stdout.write(`${JSON.stringify({ kind, path, document })}\n`);
}

/** The document of a response that must have succeeded; a static host's 404 is an HTML page, so the status decides. */
function mustHave<T>(kind: string, result: { data?: T; response: Response }): T {
  if (!result.response.ok || result.data === undefined) throw new Error(`${kind}: ${result.response.status}`);
  print(kind, result.response, result.data);
  return result.data;
}

// Each document is given its published type: the client's types and the published ones come from
// the same schemas, and this does not compile if they disagree.
const index: ApiDocuments["api-index"] = mustHave("index", await client.GET("/api/v1/index.json"));

const organizations: ApiDocuments["collection"] = mustHave(
  "organizations list",
  await client.GET("/api/v1/organizations/index.json"),
);
const events: ApiDocuments["collection"] = mustHave("events list", await client.GET("/api/v1/events/index.json"));
const sources: ApiDocuments["collection"] = mustHave("sources list", await client.GET("/api/v1/sources/index.json"));

/** The first id of a list; every dataset the test serves has a record of each collection. */
function firstId(list: ApiDocuments["collection"]): string {
  const first = list.items[0];
  if (!first) throw new Error(`no ${list.type} to read`);
  return first.id;
}

const byId = (id: string) => ({ params: { path: { id } } });
const organization: OrganizationDocument | MovedRecord = mustHave(
  "organization",
  await client.GET("/api/v1/organizations/{id}.json", byId(firstId(organizations))),
);
const event: EventDocument | MovedRecord = mustHave(
  "event",
  await client.GET("/api/v1/events/{id}.json", byId(firstId(events))),
);
const source: SourceDocument | MovedRecord = mustHave(
  "source",
  await client.GET("/api/v1/sources/{id}.json", byId(firstId(sources))),
);
for (const document of [organization, event, source]) {
  if ("movedTo" in document) throw new Error(`${document.id}: a list's id answers with a stub`);
}

const histories: ApiDocuments["history"][] = [
  mustHave("history", await client.GET("/api/v1/organizations/{id}/history.json", byId(firstId(organizations)))),
  mustHave("history", await client.GET("/api/v1/events/{id}/history.json", byId(firstId(events)))),
  mustHave("history", await client.GET("/api/v1/sources/{id}/history.json", byId(firstId(sources)))),
];

const changes: ApiDocuments["changes"] = mustHave("changes", await client.GET("/api/v1/changes/index.json"));
const pages: ApiDocuments["changes"][] = [];
for (let page = 1; page <= changes.pages!.length; page++) {
  pages.push(
    mustHave("changes page", await client.GET("/api/v1/changes/page-{page}.json", { params: { path: { page } } })),
  );
}

const manifest: ApiDocuments["manifest"] = mustHave("manifest", await client.GET("/api/v1/manifest.json"));
const all: ApiDocuments["all"] = mustHave("all", await client.GET("/api/v1/all.json"));
mustHave("datapackage", await client.GET("/api/v1/datapackage.json"));

// A renamed record keeps answering at its former id, with a stub that says where it is now.
const renamed = all.organizations.find((item) => (item.record as { formerIds?: string[] }).formerIds);
if (renamed) {
  const [formerId] = (renamed.record as { formerIds: string[] }).formerIds;
  const stub = mustHave("moved", await client.GET("/api/v1/organizations/{id}.json", byId(formerId!)));
  if (!("movedTo" in stub) || stub.movedTo.id !== renamed.id) throw new Error(`${formerId}: no stub to ${renamed.id}`);
}

// An id that no record has: the host answers 404 with its HTML page, which is not JSON.
const missing = await client.GET("/api/v1/events/{id}.json", byId("no-such-record-anywhere"));
if (missing.response.status !== 404) throw new Error(`an unknown id answered ${missing.response.status}`);
print("unknown id", missing.response, {
  status: missing.response.status,
  type: missing.response.headers.get("content-type"),
});

process.stderr.write(
  `read ${index.counts.organizations + index.counts.events + index.counts.sources} records' worth of documents: ${histories.length} histories, ${pages.length} pages of changes, ${manifest.totalFiles} files in the manifest\n`,
);
