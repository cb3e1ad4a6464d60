/**
 * The pages people look at to judge the site: one of each kind a visitor meets first (the home
 * page, a list, an organization, the event, the search page). The screenshots and the Lighthouse
 * check take these; record ids are permanent, so the pages keep existing.
 */
export interface ReviewPage {
  name: string;
  /** The path below the site root, without the language's folder. */
  path: string;
  /** A query for the address, per language, where the page shows more with one (search results). */
  query?: { en: string; zh: string };
}

export const reviewPages: readonly ReviewPage[] = [
  { name: "home", path: "" },
  { name: "organizations", path: "organizations/" },
  { name: "organization", path: "organizations/cast/" },
  { name: "event", path: "events/cluster-unveiling-ceremony-2023/" },
  { name: "search", path: "search/", query: { en: "?q=Shanghai", zh: "?q=上海" } },
];

/** The folder of each language's pages below the site root. */
export const languageFolders = { en: "", zh: "zh/" } as const;
export type LanguageName = keyof typeof languageFolders;
