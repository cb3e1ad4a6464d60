/** The version of the published API's shapes; bump the major version on breaking changes. */
export const apiSchemaVersion = "1.2.0";

export const dataLicence = {
  id: "CC0-1.0",
  name: "CC0 1.0 Universal",
  url: "https://creativecommons.org/publicdomain/zero/1.0/",
} as const;

/** The record type each collection holds, as API documents name it. */
export const recordTypeOf = {
  organizations: "organization",
  events: "event",
  sources: "source",
} as const;
