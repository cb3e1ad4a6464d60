/** Raised for a command-line mistake, such as a data folder that does not exist. */
export class UsageError extends Error {}

/** A mistake in the arguments themselves, such as a missing one: the usage line follows its message. */
export class ArgumentError extends UsageError {}

/** What a command says about itself when asked with `--help`, and in part when misused. */
export interface CommandHelp {
  /** How it is called, as in `npm run build -- [--data DIR]`. */
  usage: string;
  /** What it does, in a sentence or two. */
  summary: string;
  /** Each option or argument as written in `usage`, with what it means and its default. */
  options?: Record<string, string>;
}

/**
 * Runs a command's main function. `--help` (or `-h`) prints the command's help and exits 0.
 * A usage mistake prints one line, followed by the usage line when the arguments themselves
 * are wrong (an option the command does not know, a value or an argument missing), and exits 2.
 * An error the operating system reports (no space, no permission) prints its one line and exits
 * 1. Anything else unexpected is a bug in the scripts, reported with its stack so that it can be
 * fixed.
 */
export async function runCommand(help: CommandHelp, main: () => Promise<number> | number): Promise<void> {
  if (asksForHelp(process.argv.slice(2))) {
    process.stdout.write(formatHelp(help));
    process.exitCode = 0;
    return;
  }
  try {
    process.exitCode = await main();
  } catch (error) {
    const argumentMistake = error instanceof ArgumentError ? error.message : describeArgumentError(error);
    if (argumentMistake) {
      process.stderr.write(`error: ${argumentMistake}\nusage: ${help.usage}\n(\`--help\` lists the options)\n`);
      process.exitCode = 2;
      return;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`error: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    if (isSystemError(error)) {
      // No room, no permission, a read-only or missing folder: the machine's state, not a bug.
      // Node's message names the call and the path, which is what there is to fix.
      process.stderr.write(`error: ${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    process.stderr.write(`internal error, please report it:\n${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 70;
  }
}

/** An error the operating system reported for a call on a path, such as `ENOSPC: no space left on device, write`. */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  const { code, syscall } = error as NodeJS.ErrnoException;
  return error instanceof Error && typeof code === "string" && /^E[A-Z]+$/.test(code) && typeof syscall === "string";
}

/** Whether the arguments ask for help; after a lone `--`, everything is an argument, even `--help`. */
export function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf("--");
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === "--help" || arg === "-h");
}

export function formatHelp(help: CommandHelp): string {
  const options = Object.entries({ ...help.options, "--help": "print this help" });
  const width = Math.max(...options.map(([name]) => name.length));
  const lines = options.map(([name, meaning]) => `  ${name.padEnd(width)}  ${meaning}`);
  return `usage: ${help.usage}\n\n${wrapWords(help.summary, 80)}\n\n${lines.join("\n")}\n`;
}

/** Text in lines of at most `width` characters, broken between words (a longer word gets a line of its own). */
function wrapWords(text: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join("\n");
}

/**
 * What was wrong with the arguments, when `util.parseArgs` refused them: an option the command
 * does not know, an option without its value, or an argument where none is taken. Node's own
 * message suggests quoting after `--`, which under `npm run` only confuses, so the common case
 * gets a message of its own.
 */
export function describeArgumentError(error: unknown): string | undefined {
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code !== "string" || !code.startsWith("ERR_PARSE_ARGS_") || typeof message !== "string") return undefined;
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (unknown) return `unknown option ${unknown[1]}`;
  const missing = /^Option '(\S+) <value>' argument missing/.exec(message);
  if (missing) return `${missing[1]} needs a value`;
  const positional = /^Unexpected argument '([^']+)'/.exec(message);
  if (positional) return `unexpected argument ${positional[1]}: this command takes only options`;
  return message.charAt(0).toLowerCase() + message.slice(1);
}
