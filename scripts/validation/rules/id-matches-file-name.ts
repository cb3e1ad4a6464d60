import type { Rule } from "../rule.ts";

export const idMatchesFileName: Rule = {
  name: "id-matches-file-name",
  description: "A record's id is its file name without .json, so that its URL can be derived from either.",
  scope: "record",
  check({ targets }, report) {
    for (const record of targets) {
      if (record.value.id !== record.id) {
        report(
          record,
          "/id",
          `id "${record.value.id}" differs from the file name "${record.id}.json": rename the file or change the id so that they match`,
        );
      }
    }
  },
};
