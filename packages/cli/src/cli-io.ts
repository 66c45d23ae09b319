/**
 * Where a command writes and what it knows of its environment. The bin passes the process's
 * streams; tests pass string collectors, so commands run in-process.
 */
export interface CliIo {
  /** Writes text to standard output (the text carries its own newlines). */
  readonly stdout: (text: string) => void;
  /** Writes text to standard error. */
  readonly stderr: (text: string) => void;
  /** Whether standard output is a terminal (colours are used only then). Default false. */
  readonly isTty?: boolean;
  /** Environment variables (`NO_COLOR`, audit keys). Default: none. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The directory relative paths are resolved against. Default `process.cwd()`. */
  readonly cwd?: string;
}

/** Process exit codes, as documented in every command's `--help`. */
export const EXIT: { readonly ok: 0; readonly failure: 1; readonly usage: 2 } = {
  ok: 0,
  failure: 1,
  usage: 2,
};
