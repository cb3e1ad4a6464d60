/** Every HTML page the build writes is valid HTML, as the Nu HTML Checker (vnu) sees it. */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project-paths.ts";
import { listFiles, standardTrees, useBuiltTrees } from "./built-site.ts";

const vnuJar = path.join(projectRoot, "node_modules/vnu-jar/build/dist/vnu.jar");
const built = useBuiltTrees(standardTrees);

describe("HTML pages", () => {
  it("pass the Nu HTML Checker in every tree (one checker run over all trees)", () => {
    const trees = built.all();
    const pages = trees.flatMap((tree) =>
      listFiles(tree.dir)
        .filter((file) => file.endsWith(".html"))
        .map((file) => path.join(tree.dir, file)),
    );
    // --verbose lists each checked file on stdout, so that a page the checker skipped cannot pass unseen.
    const run = spawnSync(
      "java",
      [
        "-jar",
        vnuJar,
        "--errors-only",
        "--skip-non-html",
        "--format",
        "gnu",
        "--verbose",
        ...trees.map((tree) => tree.dir),
      ],
      { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
    if (run.error) throw run.error;
    const errors = run.stderr.trim();
    expect(errors, `vnu reported:\n${errors}`).toBe("");
    expect(run.status, `vnu exited with ${run.status}:\n${errors}`).toBe(0);
    const checked = run.stdout
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
    expect(new Set(checked)).toEqual(new Set(pages));
    expect(pages.length).toBeGreaterThan(30);
  });
});
