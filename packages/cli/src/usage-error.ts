/** A command-line mistake (unknown flag, missing argument): printed with a hint, exit code 2. */
export class UsageError extends Error {
  override readonly name: string = 'UsageError';
}
