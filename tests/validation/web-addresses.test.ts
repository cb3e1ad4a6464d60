/**
 * Web addresses in records (schemas/defs.md): http or https, no user name or password, a port
 * from 1 to 65535 if any. Enforced by the project's validators, and by a plain reader of the
 * schemas that checks no formats at all, since the pattern holds the rule.
 */
import { describe, expect, it } from "vitest";
import type { Organization, Source } from "../../scripts/records/types.generated.ts";
import type { RecordValidators } from "../../scripts/validation/compile-schemas.ts";
import { sampleOrganization, sampleSource } from "../../scripts/validation/rules/sample-records.test-support.ts";
import { schemaReaders } from "./schema-readers.ts";

/** Every field that holds a web address. */
function fields(validators: RecordValidators) {
  const organization = (links: NonNullable<Organization["links"]>) =>
    validators.organizations(sampleOrganization("o", { links }));
  const source = (overrides: Partial<Source>) => validators.sources(sampleSource("s", overrides));
  return {
    "organization website": (url: string) => organization({ website: url }),
    "organization other link": (url: string) => organization({ other: [{ label: { en: "Page" }, url }] }),
    "source url": (url: string) => source({ url }),
  };
}

const accepted = [
  "https://www.cast.org.cn/",
  "http://news.example.org",
  "https://news.example.org:1/",
  "http://news.example.org:8080/forum?year=2024#day-1",
  "https://news.example.org:65535",
  "https://[2001:db8::1]:443/",
  // An @ or a colon after the host is part of the path, the query or the fragment.
  "https://social.example.org/@cast",
  "https://news.example.org/search?q=a@b:c",
  "https://news.example.org#see:also",
];

const refused = [
  "http://news.example.org:99999/",
  "http://news.example.org:65536/",
  "http://news.example.org:0/",
  "http://news.example.org:080/",
  "http://news.example.org:/",
  "https://user:password@news.example.org/",
  "https://user@news.example.org/",
  "https://:password@news.example.org/",
  "https://user:password@news.example.org:99999/",
  "javascript:alert(1)",
];

describe.each(Object.entries(schemaReaders()))("web addresses, for %s", (_, validators) => {
  it.each(Object.entries(fields(validators)))(
    "%s takes any port from 1 to 65535, and no user name or password",
    (_, accepts) => {
      expect(accepted.filter((url) => !accepts(url))).toEqual([]);
      expect(refused.filter((url) => accepts(url))).toEqual([]);
    },
  );
});
