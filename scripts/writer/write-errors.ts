/**
 * A system error on writing a file, named by the file and keeping the system's code and call:
 * `could not write api/v1/all.json: no space left on device` is the machine's state (no room,
 * no permission), which a command reports in one line, not a bug. Any other error is left as it is.
 */
export function namedWriteError(sitePath: string, error: unknown): unknown {
  const { code, syscall, message } = (error ?? {}) as Partial<NodeJS.ErrnoException>;
  if (typeof code !== "string" || typeof syscall !== "string" || typeof message !== "string") return error;
  // Already named by the file that failed (a write the writer thread reported before this one).
  if (message.startsWith("could not write ")) return error;
  // Node's message is "ENOSPC: no space left on device, write '/tmp/x'"; the path is a build folder's, the site path says more.
  const reason = message
    .replace(/^E[A-Z]+: /, "")
    .replace(/, \w+ '.*'$/, "")
    .replace(/, \w+$/, "");
  return Object.assign(new Error(`could not write ${sitePath}: ${reason}`), { code, syscall });
}
