import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project-paths.ts";

const run = promisify(execFile);

/** Every npm script that runs one of our commands, as `tsx scripts/….ts`. */
const commands = Object.entries(
  (JSON.parse(fs.readFileSync(path.join(projectRoot, "package.json"), "utf8")) as { scripts: Record<string, string> })
    .scripts,
).flatMap(([name, line]) => {
  const file = /^tsx (scripts\/\S+\.ts)$/.exec(line)?.[1];
  return file ? [{ name, file, invocation: name === "start" ? "npm start" : `npm run ${name}` }] : [];
});

async function runCommand(file: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", file, ...args], {
      cwd: projectRoot,
      encoding: "utf8",
    });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { status: code, stdout, stderr };
  }
}

describe("every command", () => {
  it("is found in package.json", () => {
    expect(commands.map(({ name }) => name)).toEqual(expect.arrayContaining(["build", "validate", "start", "bench"]));
  });

  // Two at a time: each loads its modules in a process of its own.
  const results = (async () => {
    const done: Record<
      string,
      { help: Awaited<ReturnType<typeof runCommand>>; wrong: Awaited<ReturnType<typeof runCommand>> }
    > = {};
    const queue = [...commands];
    await Promise.all(
      [0, 1].map(async () => {
        for (let command = queue.shift(); command; command = queue.shift()) {
          done[command.name] = {
            help: await runCommand(command.file, "--help"),
            wrong: await runCommand(command.file, "--no-such-option"),
          };
        }
      }),
    );
    return done;
  })();

  it.each(commands)("$invocation explains itself with --help and exits 0", async ({ name, invocation }) => {
    const { help } = (await results)[name]!;
    expect(help.stderr).toBe("");
    expect(help.status).toBe(0);
    const [usageLine, blank, ...rest] = help.stdout.split("\n");
    expect(usageLine).toMatch(new RegExp(`^usage: ${invocation}( -- |$)`));
    expect(blank).toBe("");
    const summary = rest.slice(0, rest.indexOf(""));
    expect(summary.join(" ")).toMatch(/^[A-Z].*\.$/);
    expect(summary.every((line) => line.length <= 80)).toBe(true);
    // Each option the usage line names is explained below it.
    const explained = rest.filter((line) => line.startsWith("  ")).map((line) => line.trim().split(/\s{2,}/)[0]);
    for (const option of usageLine!.matchAll(/\[?(--[a-z-]+(?: [A-Z-]+)?)/g))
      expect(explained, `${option[1]} in ${name}'s help`).toContain(option[1]);
  });

  it.each(commands)(
    "$invocation refuses an option it does not know in one line and its usage, exit 2",
    async ({ name, invocation }) => {
      const { help, wrong } = (await results)[name]!;
      expect(wrong.status).toBe(2);
      expect(wrong.stdout).toBe("");
      expect(wrong.stderr).toBe(
        `error: unknown option --no-such-option\n${help.stdout.split("\n")[0]}\n(\`--help\` lists the options)\n`,
      );
      expect(wrong.stderr).toContain(invocation);
    },
  );
});
