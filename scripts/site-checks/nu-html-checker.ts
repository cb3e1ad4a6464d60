import { spawnSync } from "node:child_process";
import path from "node:path";
import { projectRoot } from "../project-paths.ts";

export interface CheckerResult {
  ok: boolean;
  /** What the checker printed about each problem. */
  problems: string[];
}

/**
 * The Nu HTML Checker (vnu.jar from the vnu-jar package, on the system's Java) over whole
 * folders in one run: the JVM start is the expensive part.
 */
export function checkHtml(folders: readonly string[]): CheckerResult {
  const jar = path.join(projectRoot, "node_modules/vnu-jar/build/dist/vnu.jar");
  const result = spawnSync("java", ["-jar", jar, "--errors-only", "--skip-non-html", "--format", "gnu", ...folders], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  if (result.error) return { ok: false, problems: [`could not run java: ${result.error.message}`] };
  const problems = `${result.stdout}${result.stderr}`.split("\n").filter(Boolean);
  return { ok: result.status === 0 && problems.length === 0, problems };
}
