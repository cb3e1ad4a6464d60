import type { Rule } from "../rule.ts";
import { citedFieldsExist } from "./cited-fields-exist.ts";
import { endNotBeforeStart } from "./end-not-before-start.ts";
import { fieldsCovered } from "./fields-covered.ts";
import { idMatchesFileName } from "./id-matches-file-name.ts";
import { noCycles } from "./no-cycles.ts";
import { noSilentDeletion } from "./no-silent-deletion.ts";
import { offsetMatchesTimeZone } from "./offset-matches-time-zone.ts";
import { placeholderText } from "./placeholder-text.ts";
import { referencesResolve } from "./references-resolve.ts";
import { sourceCited } from "./source-cited.ts";
import { statusSourceDated } from "./status-source-dated.ts";
import { tombstoneSuccessorLive } from "./tombstone-successor-live.ts";
import { uniqueIds } from "./unique-ids.ts";

/** Every integrity rule, in the order they run. */
export const rules: readonly Rule[] = [
  idMatchesFileName,
  uniqueIds,
  referencesResolve,
  noCycles,
  endNotBeforeStart,
  offsetMatchesTimeZone,
  tombstoneSuccessorLive,
  sourceCited,
  citedFieldsExist,
  fieldsCovered,
  statusSourceDated,
  placeholderText,
  noSilentDeletion,
];
