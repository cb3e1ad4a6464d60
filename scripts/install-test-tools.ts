/**
 * `npm run test:tools`, the first step of `npm test`: makes sure the programs the tests drive are
 * on the machine, and installs the missing ones from Debian's packages (with sudo when not root).
 * Where it cannot, it stops at once with one message naming what is missing and the command that
 * installs it, rather than letting minutes of tests fail one by one.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { runCommand, type CommandHelp } from "./command-line.ts";
import { missingTestTools, testTools, type TestTool } from "./test-tools.ts";

const help: CommandHelp = {
  usage: "npm run test:tools",
  summary:
    "Installs the system packages the tests use (Chromium, xmllint, a Java runtime, CJK fonts) where they are missing, with apt-get; stops with the command to run where it cannot.",
};

await runCommand(help, () => {
  parseArgs({ options: {} });
  const missing = missingTestTools(testTools);
  if (missing.length === 0) return 0;
  const packages = [...new Set(missing.map((tool) => tool.debianPackage))];
  const installCommand = `sudo apt-get install -y ${packages.join(" ")}`;
  const cannot = (why: string) => {
    process.stderr.write(
      `error: the tests need ${describe(missing)}, and ${why}.\n  Install ${packages.length === 1 ? "it" : "them"} with: ${installCommand}\n  then run npm test again.\n`,
    );
    return 1;
  };
  if (!hasCommand("apt-get")) return cannot("this machine has no apt-get to install them with");
  const sudo = process.getuid?.() === 0 ? [] : ["sudo", "-n"];
  if (sudo.length && !succeeds("sudo", ["-n", "true"]))
    return cannot("installing them needs root, and sudo asks for a password");

  process.stdout.write(`installing ${packages.join(", ")} for the tests (once; apt-get's output goes to a log)…\n`);
  const log = path.join(os.tmpdir(), "registry-test-tools.log");
  const logFd = fs.openSync(log, "w");
  const apt = (args: string[]) =>
    spawnSync(sudo[0] ?? "apt-get", [...sudo.slice(1), ...(sudo.length ? ["apt-get"] : []), ...args], {
      stdio: ["ignore", logFd, logFd],
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    }).status === 0;
  const installed =
    apt(["-o", "Acquire::Retries=2", "update", "-qq"]) &&
    apt(["install", "-y", "-qq", "--no-install-recommends", ...packages]);
  fs.closeSync(logFd);
  const stillMissing = missingTestTools(missing);
  if (!installed || stillMissing.length)
    return cannot(`apt-get could not install ${packages.length === 1 ? "it" : "them"} (see ${log})`);
  process.stdout.write(`installed ${packages.join(", ")}\n`);
  return 0;
});

function describe(tools: readonly TestTool[]): string {
  return tools.map((tool) => `${tool.name} (${tool.usedFor})`).join(", ");
}

function hasCommand(command: string): boolean {
  return succeeds("sh", ["-c", `command -v ${command}`]);
}

function succeeds(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: "ignore" }).status === 0;
}
