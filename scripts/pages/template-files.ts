import path from "node:path";
import { projectRoot } from "../project-paths.ts";
import type { PageTemplate } from "./pages-index.ts";

export const siteDir = path.join(projectRoot, "site");

/** The template file of each kind of page, in `site/`. */
export const templateFiles: Record<PageTemplate, string> = {
  home: "index.11ty.ts",
  organizationList: "organizations/index.11ty.ts",
  organization: "organizations/organization.11ty.ts",
  eventList: "events/index.11ty.ts",
  event: "events/event.11ty.ts",
  sourceList: "sources/index.11ty.ts",
  source: "sources/source.11ty.ts",
  api: "api.11ty.ts",
  about: "about.11ty.ts",
  notFound: "404.11ty.ts",
  redirect: "redirect.11ty.ts",
  search: "search.11ty.ts",
};
