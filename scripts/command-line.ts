/** Raised for a command-line mistake, such as a data folder that does not exist. */
export class UsageError extends Error {}

/**
 * Runs a command's main function. A usage mistake prints one line and exits 2; anything
 * else unexpected is a bug in the scripts, reported with its stack so that it can be fixed.
 */
export async function runCommand(main: () => Promise<number> | number): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`error: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`internal error, please report it:\n${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 70;
  }
}
